package org.warnews.database;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * The database's health ({@code db}, part of readiness): down at once while the embedded server is not running or
 * the database is known to be unreachable, so that no probe waits out the connection timeout on a thread of its
 * own. As with requests, one probe per interval goes through to find out whether it is back.
 */
final class DatabaseHealthIndicator extends AbstractHealthIndicator {

	private static final int VALIDATION_TIMEOUT_SECONDS = 1;

	private final DataSource dataSource;

	private final DatabaseOutage outage;

	private final ObjectProvider<EmbeddedDatabase> embedded;

	DatabaseHealthIndicator(DataSource dataSource, DatabaseOutage outage, ObjectProvider<EmbeddedDatabase> embedded) {
		this.dataSource = dataSource;
		this.outage = outage;
		this.embedded = embedded;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		EmbeddedDatabase database = this.embedded.getIfAvailable();
		if ((database != null && !database.isRunning()) || !this.outage.admit()) {
			builder.down();
			return;
		}
		long admitted = System.nanoTime();
		try (Connection connection = this.dataSource.getConnection()) {
			if (connection.isValid(VALIDATION_TIMEOUT_SECONDS)) {
				this.outage.reachable(admitted);
				builder.up();
			}
			else {
				builder.down();
			}
		}
		catch (SQLException ex) {
			if (DatabaseFault.of(ex) == DatabaseFault.UNREACHABLE) {
				this.outage.unreachable(ex);
			}
			builder.down(); // not thrown: a probe every few seconds would log its stack trace each time
		}
	}

}
