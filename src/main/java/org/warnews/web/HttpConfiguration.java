package org.warnews.web;

import java.util.EnumSet;
import java.util.List;

import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.cache.autoconfigure.CacheManagerCustomizer;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.Assert;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import org.warnews.database.DatabaseOutage;

/**
 * The mechanisms that apply to every route, whoever wrote it: security headers, allowed methods, HTTP caching with
 * the server-side cache of rendered responses, what each route declares about its response ({@link Responds}), input
 * bounds, and failing fast while the database is down. They run in the order of {@link FilterOrder}, right after
 * Spring's forwarded-header handling and before any handler. What the cache holds for an address without a query is
 * answered before all of them, with their headers.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class HttpConfiguration implements WebMvcConfigurer {

	/** Rendered 200 responses, keyed by their ETag. */
	static final String PAGES = "pages";

	private static final int SOCKET_WRITE_BUFFER = 32 * 1024;

	private final DatabaseOutage outage;

	private final HttpProperties properties;

	private final SecurityHeaders securityHeaders;

	private final List<LibraryHandler> libraryHandlers;

	HttpConfiguration(DatabaseOutage outage, HttpProperties properties, SecurityHeaders securityHeaders,
			List<LibraryHandler> libraryHandlers) {
		this.outage = outage;
		this.properties = properties;
		this.securityHeaders = securityHeaders;
		this.libraryHandlers = libraryHandlers;
	}

	@Bean
	@DependsOnDatabaseInitialization
	ContentVersion contentVersion(JdbcTemplate jdbc, ResourcePatternResolver resources,
			@Value("${spring.flyway.table:flyway_schema_history}") String historyTable) {
		return ContentVersion.load(jdbc, historyTable, resources);
	}

	/**
	 * The page cache is bounded by memory (bodies differ in size); other caches, by entries, from
	 * {@code spring.cache.caffeine.spec}. Maintenance runs on the calling thread: no pool to starve on one core.
	 * Its hit ratio is a metric ({@code cache_gets_total{cache="pages"}}): Spring Boot binds the caches it finds.
	 */
	@Bean
	CacheManagerCustomizer<CaffeineCacheManager> pageCache(HttpProperties properties) {
		return manager -> manager.registerCustomCache(PAGES, Caffeine.newBuilder()
			.maximumWeight(properties.pageCacheSize().toBytes())
			.weigher((Object key, Object value) -> ((CachedResponse) value).weight())
			.executor(Runnable::run)
			.recordStats()
			.build());
	}

	@Bean
	TomcatHardening tomcatHardening() {
		return new TomcatHardening(this.securityHeaders, this.properties.headerReadTimeout());
	}

	@Bean
	ErrorReasons errorAttributes() {
		return new ErrorReasons();
	}

	/** {@link SecurityHeaders} on every response the servlet chain answers, for every dispatch. */
	@Bean
	FilterRegistrationBean<Filter> securityHeadersFilter() {
		Filter filter = (request, response, chain) -> {
			this.securityHeaders.apply((HttpServletRequest) request, (HttpServletResponse) response);
			chain.doFilter(request, response);
		};
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
		registration.setDispatcherTypes(EnumSet.allOf(DispatcherType.class));
		registration.setOrder(FilterOrder.SECURITY_HEADERS);
		return registration;
	}

	@Bean
	FilterRegistrationBean<AllowedMethodsFilter> allowedMethodsFilter() {
		FilterRegistrationBean<AllowedMethodsFilter> registration = new FilterRegistrationBean<>(
				new AllowedMethodsFilter());
		registration.setOrder(FilterOrder.ALLOWED_METHODS);
		return registration;
	}

	@Bean
	FilterRegistrationBean<ProbeAcceptFilter> probeAcceptFilter() {
		FilterRegistrationBean<ProbeAcceptFilter> registration = new FilterRegistrationBean<>(new ProbeAcceptFilter());
		registration.addUrlPatterns(ProbeAcceptFilter.PATHS);
		registration.setOrder(FilterOrder.PROBES);
		return registration;
	}

	@Bean
	FilterRegistrationBean<DirectErrorPathFilter> directErrorPathFilter(
			@Value("${server.error.path:/error}") String errorPath) {
		FilterRegistrationBean<DirectErrorPathFilter> registration = new FilterRegistrationBean<>(
				new DirectErrorPathFilter(errorPath));
		registration.setOrder(FilterOrder.DIRECT_ERROR_PATH);
		return registration;
	}

	@Bean
	HttpCachingFilter httpCachingFilter(ContentVersion version, CacheManager caches, HttpProperties properties) {
		return new HttpCachingFilter(version, caches.getCache(PAGES), new CachePolicy(properties),
				properties.maxCachedBody().toBytes());
	}

	@Bean
	FilterRegistrationBean<HttpCachingFilter> httpCachingFilterRegistration(HttpCachingFilter filter) {
		FilterRegistrationBean<HttpCachingFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC);
		registration.setOrder(FilterOrder.HTTP_CACHING);
		return registration;
	}

	/**
	 * A response of up to 32 KB (every page but the longest lists) leaves in one write to the socket. With Tomcat's
	 * 8 KB buffer a 20 KB page took three writes, each a pass through the TCP stack: a cached claim page went from
	 * 30 000 to 45 000 req/s on one core. The buffers live off the heap, 40 KB for each open connection, which is
	 * why {@code server.tomcat.max-connections} is bounded.
	 */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> oneWritePerPage() {
		return factory -> factory.addConnectorCustomizers(connector -> {
			Assert.state(connector.setProperty("socket.appWriteBufSize", String.valueOf(SOCKET_WRITE_BUFFER))
					&& connector.setProperty("socket.directBuffer", "true"), "Tomcat's socket buffers cannot be set");
		});
	}

	/** What the page cache holds is answered before the servlet chain runs ({@link CachedPageValve}). */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> cachedPageValve(ObjectProvider<HttpCachingFilter> caching,
			ObjectProvider<MeterRegistry> meters, RequestIdFilter requestIds) {
		return factory -> factory.addContextValves(
				new CachedPageValve(caching::getObject, meters::getObject, requestIds, this.securityHeaders));
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new DeclaredResponseInterceptor(this.libraryHandlers, this.securityHeaders))
			.order(FilterOrder.DECLARED_RESPONSE);
		registry.addInterceptor(new InputLimitsInterceptor(this.properties)).order(FilterOrder.INPUT_LIMITS);
		registry.addInterceptor(new DatabaseOutageInterceptor(this.outage)).order(FilterOrder.DATABASE_OUTAGE);
	}

}
