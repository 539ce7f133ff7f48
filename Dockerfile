# A small image for the app: build with the Maven wrapper, run the layered jar as a non-root user.
# docker build -t war-news-reference .   (or let `docker compose up` build it)

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src/ src/
COPY db/ db/
RUN ./mvnw -B -q package -DskipTests \
 && java -Djarmode=tools -jar target/war-news-reference-*.jar extract --layers --launcher --destination /layers

FROM eclipse-temurin:17-jre
RUN groupadd --system warnews && useradd --system --gid warnews --no-create-home warnews
WORKDIR /app
# Layers from least to most often changed, so a content or code change rebuilds only the last ones.
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
USER warnews
# 8080: the site, /livez and /readyz; 8081: the management port (health, Prometheus metrics), private network only.
EXPOSE 8080 8081
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "org.springframework.boot.loader.launch.JarLauncher"]
