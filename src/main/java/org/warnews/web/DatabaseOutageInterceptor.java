package org.warnews.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import org.warnews.database.DatabaseOutage;

/**
 * While the database is down, the app's own handlers are not run (they would each wait out the connection
 * timeout): they get 503 at once, except one probe per interval, whose success ends the outage. Handlers that are
 * not the app's (health probes, static files) always run.
 */
final class DatabaseOutageInterceptor implements HandlerInterceptor {

	private static final String ADMITTED = DatabaseOutageInterceptor.class.getName() + ".ADMITTED";

	private final DatabaseOutage outage;

	DatabaseOutageInterceptor(DatabaseOutage outage) {
		this.outage = outage;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		// The error page needs no database: it must render even (above all) while the database is down.
		if (!(handler instanceof HandlerMethod method) || request.getDispatcherType() == DispatcherType.ERROR
				|| !method.getBeanType().getPackageName().startsWith("org.warnews")) {
			return true;
		}
		if (!this.outage.admit()) {
			throw new DatabaseUnavailableException();
		}
		request.setAttribute(ADMITTED, System.nanoTime());
		return true;
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception failure) {
		if (failure == null && response.getStatus() < 500 && request.getAttribute(ADMITTED) instanceof Long admitted) {
			this.outage.reachable(admitted);
		}
	}

}
