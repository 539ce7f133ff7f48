# A small image for the app: build with the Maven wrapper, run the extracted jar on Java 25 as a non-root user, with
# the start cache trained at build time (bin/start-cache.sh: an AOT cache of the classes and profiles of a start).
# docker build -t war-news-reference .   (or let `docker compose up` build it)

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src/ src/
COPY db/ db/
# Extracted as plain jars (lib/ and app.jar, in layers): a start cache can only hold classes read from jar files.
RUN ./mvnw -B -q package -DskipTests \
 && java -Djarmode=tools -jar target/war-news-reference-*.jar extract --layers --application-filename app.jar --destination /layers

FROM eclipse-temurin:25-jre
RUN groupadd --system warnews && useradd --system --gid warnews --no-create-home warnews
WORKDIR /app
# Layers from least to most often changed, so a content or code change rebuilds only the last ones.
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
COPY bin/start-cache.sh /usr/local/bin/
# The training run: the app starts once on a throwaway embedded database as the user it runs as, serves a few pages
# and stops; the JVM keeps what it learned in /app/app.aot. The JVM options must be the entrypoint's.
RUN chown warnews /app
USER warnews
RUN start-cache.sh /app -XX:MaxRAMPercentage=75
# 8080: the site, /livez and /readyz; 8081: the management port (health, Prometheus metrics), private network only.
EXPOSE 8080 8081
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:AOTCache=/app/app.aot", "-jar", "/app/app.jar"]
