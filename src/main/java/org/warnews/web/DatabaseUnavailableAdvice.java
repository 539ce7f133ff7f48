package org.warnews.web;

import java.io.IOException;
import java.sql.SQLException;

import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import org.warnews.database.DatabaseFault;
import org.warnews.database.DatabaseOutage;

/**
 * A database that is down or too slow gives 503 with Retry-After (the site's error page, or under /api/ a problem),
 * never a 500. Any other failure is left alone: it is a bug and must show as one.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailableAdvice {

	private final DatabaseOutage outage;

	DatabaseUnavailableAdvice(DatabaseOutage outage) {
		this.outage = outage;
	}

	@ExceptionHandler({ DataAccessException.class, TransactionException.class, PersistenceException.class,
			SQLException.class, DatabaseUnavailableException.class })
	void unavailable(Exception failure, HttpServletResponse response) throws Exception {
		if (!(failure instanceof DatabaseUnavailableException)) {
			switch (DatabaseFault.of(failure)) {
				case UNREACHABLE -> this.outage.unreachable(failure);
				case TIMEOUT -> this.outage.timedOut(failure);
				case NONE -> throw failure;
			}
		}
		this.outage.refused();
		serviceUnavailable(response);
	}

	static void serviceUnavailable(HttpServletResponse response) throws IOException {
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(DatabaseOutage.RETRY_AFTER.toSeconds()));
		response.setHeader(HttpHeaders.CACHE_CONTROL, CachePolicy.NO_STORE);
		response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
	}

}
