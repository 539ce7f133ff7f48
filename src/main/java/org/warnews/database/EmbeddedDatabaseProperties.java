package org.warnews.database;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where and how the embedded PostgreSQL runs when no {@code spring.datasource.url} is set.
 *
 * @param dataDir where the database files live; kept across restarts
 * @param port the TCP port on 127.0.0.1; 0 picks a free one
 * @param ephemeral start from an empty temporary directory and delete it on close (for tests)
 * @param restartDeadline how long the server may stay dead, the app failing to restart it, before liveness fails
 * ({@code /livez} 503) so that whatever runs the app restarts it
 */
@ConfigurationProperties("warnews.database")
public record EmbeddedDatabaseProperties(Path dataDir, int port, boolean ephemeral, Duration restartDeadline) {
}
