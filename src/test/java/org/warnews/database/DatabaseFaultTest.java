package org.warnews.database;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import static org.assertj.core.api.Assertions.assertThat;

/** A database that is down is told apart from one that is busy (no outage declared) and from bugs. */
class DatabaseFaultTest {

	@Test
	void noConnectionBecauseTheServerIsGoneIsAnOutage() {
		SQLTransientConnectionException poolTimeout = new SQLTransientConnectionException(
				"HikariPool-1 - Connection is not available", "08001", new ConnectException("Connection refused"));
		assertThat(DatabaseFault.of(new CannotCreateTransactionException("no connection", poolTimeout)))
			.isEqualTo(DatabaseFault.UNREACHABLE);
		assertThat(DatabaseFault.of(new SQLException("terminating connection due to administrator command", "57P01")))
			.isEqualTo(DatabaseFault.UNREACHABLE);
	}

	@Test
	void aTransactionThatCannotBeEndedLostItsConnection() {
		SQLException closed = new SQLException("Connection is closed");
		assertThat(DatabaseFault.of(new JpaSystemException(
				new org.hibernate.TransactionException("Unable to rollback against JDBC Connection", closed))))
			.isEqualTo(DatabaseFault.UNREACHABLE);
		assertThat(DatabaseFault.of(new TransactionSystemException("Could not roll back JDBC transaction", closed)))
			.isEqualTo(DatabaseFault.UNREACHABLE);
	}

	@Test
	void aTransactionTheServerEndedForTakingTooLongIsATimeout() {
		SQLException idle = new SQLException("FATAL: terminating connection due to idle-in-transaction timeout",
				"25P03");
		assertThat(DatabaseFault.of(new UncategorizedSQLException("PreparedStatementCallback", "SELECT 1", idle)))
			.isEqualTo(DatabaseFault.TIMEOUT);
	}

	@Test
	void noConnectionBecauseThePoolIsBusyIsATimeoutNotAnOutage() {
		SQLTransientConnectionException poolTimeout = new SQLTransientConnectionException(
				"HikariPool-1 - Connection is not available, request timed out after 2000ms (total=10, active=10)");
		assertThat(DatabaseFault.of(new DataAccessResourceFailureException("Unable to acquire JDBC Connection",
				poolTimeout)))
			.isEqualTo(DatabaseFault.TIMEOUT);
		assertThat(DatabaseFault.of(new SQLException("canceling statement due to statement timeout", "57014")))
			.isEqualTo(DatabaseFault.TIMEOUT);
	}

	@Test
	void otherFailuresAreBugs() {
		assertThat(DatabaseFault.of(new DataIntegrityViolationException("duplicate key"))).isEqualTo(DatabaseFault.NONE);
		assertThat(DatabaseFault.of(new SQLException("syntax error", "42601"))).isEqualTo(DatabaseFault.NONE);
		assertThat(DatabaseFault.of(new IllegalStateException("bug"))).isEqualTo(DatabaseFault.NONE);
	}

}
