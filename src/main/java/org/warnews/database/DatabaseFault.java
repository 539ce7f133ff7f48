package org.warnews.database;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** What a failure says about the database: unreachable, too slow for this request, or neither (a bug). */
public enum DatabaseFault {

	/** No connection could be had or it broke: the database is down, restarting, or out of connections. */
	UNREACHABLE,

	/**
	 * The statement ran past its timeout, or every pooled connection stayed busy past the connection timeout: this
	 * request could not be answered in time, but the database itself answers.
	 */
	TIMEOUT,

	/** Not about the database being available. */
	NONE;

	static final int MAX_CAUSES = 32;

	public static DatabaseFault of(Throwable failure) {
		boolean noConnection = false;
		boolean notEnded = false;
		Throwable cause = failure;
		for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++, cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null) {
				String state = sql.getSQLState();
				// query_canceled (statement_timeout); the server ended a transaction left open too long
				if (state.equals("57014") || state.equals("25P03") || state.equals("25P04")) {
					return TIMEOUT;
				}
				// 08: connection exception; 57P: admin or crash shutdown, cannot connect now; 53: out of resources
				if (state.startsWith("08") || state.startsWith("57P") || state.startsWith("53")) {
					return UNREACHABLE;
				}
			}
			if (cause instanceof SQLTimeoutException || cause instanceof QueryTimeoutException
					|| cause instanceof jakarta.persistence.QueryTimeoutException) {
				return TIMEOUT;
			}
			if (cause instanceof SQLNonTransientConnectionException || cause instanceof SQLRecoverableException
					|| cause instanceof ConnectException || cause instanceof SocketTimeoutException) {
				return UNREACHABLE;
			}
			noConnection |= cause instanceof SQLTransientConnectionException
					|| cause instanceof CannotCreateTransactionException
					|| cause instanceof DataAccessResourceFailureException;
			// The app only reads: a commit or rollback fails only when its connection is gone (the pool then says
			// "Connection is closed", with no SQL state), whatever failed before it.
			notEnded |= cause instanceof TransactionSystemException
					|| cause instanceof org.hibernate.TransactionException;
		}
		if (notEnded) {
			return UNREACHABLE;
		}
		// No connection to be had, yet no sign that the database failed: the pool is busy (overload), not an outage.
		return noConnection ? TIMEOUT : NONE;
	}

}
