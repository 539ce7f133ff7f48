package org.warnews.web;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.micrometer.common.KeyValue;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.connector.ClientAbortException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

import org.springframework.http.server.observation.DefaultServerRequestObservationConvention;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.http.server.observation.ServerRequestObservationConvention;
import org.springframework.util.function.SingletonSupplier;

/**
 * The fast path for what the page cache holds: a GET or HEAD of an address without a query, whose response is
 * kept, is answered here in Tomcat's pipeline, before the servlet filter chain is built for it; building and running
 * that chain cost more than the answer itself. The answer gets what the chain would add, from the same code: the
 * request id, the security headers (with what its route changed in them, kept with the page), and its request
 * timing under the route that rendered the page. Everything else (a miss, a query, another method, a dispatch)
 * goes on to the chain as it is; the filters still answer those from the cache.
 */
final class CachedPageValve extends ValveBase {

	/** The convention of the request timings Spring's observation filter records (the app sets no other). */
	private static final ServerRequestObservationConvention TIMINGS = new DefaultServerRequestObservationConvention();

	private final Supplier<HttpCachingFilter> caching;

	private final Supplier<MeterRegistry> meters;

	private final RequestIdFilter requestIds;

	private final SecurityHeaders securityHeaders;

	/** By method, status and route: a handful of timers, looked up without building their tags each time. */
	private final Map<String, Timer> timers = new ConcurrentHashMap<>();

	/**
	 * The cache and the meters are beans made after Tomcat is, so they are looked up once, on the first request.
	 * The request ids and security headers are those of the filters, so the answer gets what the chain would add.
	 */
	CachedPageValve(Supplier<HttpCachingFilter> caching, Supplier<MeterRegistry> meters, RequestIdFilter requestIds,
			SecurityHeaders securityHeaders) {
		super(true);
		this.caching = SingletonSupplier.of(caching);
		this.meters = SingletonSupplier.of(meters);
		this.requestIds = requestIds;
		this.securityHeaders = securityHeaders;
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		long start = System.nanoTime();
		HttpServletRequest servletRequest = request.getRequest();
		HttpServletResponse servletResponse = response.getResponse();
		// Only addresses without a query: reading parameters here would decide how they are read (and refused)
		// before the chain could.
		CacheExchange kept = request.getDispatcherType() == DispatcherType.REQUEST
				&& request.getQueryString() == null ? this.caching.get().kept(servletRequest, servletResponse) : null;
		if (kept == null) {
			getNext().invoke(request, response);
			return;
		}
		this.requestIds.identify(servletRequest, servletResponse);
		this.securityHeaders.apply(servletRequest, servletResponse);
		try {
			kept.answerWithoutRendering();
		}
		catch (ClientAbortException ex) {
			return; // the client left while a long page was sent: nothing to time or log, as in the servlet chain
		}
		timer(servletRequest, servletResponse, kept.route()).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
	}

	/**
	 * The timer Spring's observation filter would record this answer in: the same meter, with the tags of its
	 * convention and the {@code error} tag Micrometer's handler adds.
	 */
	private Timer timer(HttpServletRequest request, HttpServletResponse response, String route) {
		return this.timers.computeIfAbsent(request.getMethod() + ' ' + response.getStatus() + ' ' + route, key -> {
			ServerRequestObservationContext context = new ServerRequestObservationContext(request, response);
			context.setPathPattern(route);
			Tags tags = Tags.of("error", KeyValue.NONE_VALUE);
			for (KeyValue keyValue : TIMINGS.getLowCardinalityKeyValues(context)) {
				tags = tags.and(keyValue.getKey(), keyValue.getValue());
			}
			return this.meters.get().timer(TIMINGS.getName(), tags);
		});
	}

}
