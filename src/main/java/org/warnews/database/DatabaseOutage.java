package org.warnews.database;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the database is known to be unreachable. While it is, requests that need it are answered 503 at once
 * instead of each waiting out the connection timeout, and one request per probe interval goes through to find
 * out whether it is back: the app recovers by itself, without a restart.
 */
public final class DatabaseOutage {

	/** What clients are told to wait before trying again. */
	public static final Duration RETRY_AFTER = Duration.ofSeconds(5);

	private static final long PROBE_INTERVAL_NANOS = Duration.ofSeconds(1).toNanos();

	private static final Logger log = LoggerFactory.getLogger(DatabaseOutage.class);

	private volatile boolean down;

	private long nextProbe;

	/** Whether a request may use the database now: always while it is up, one probe per interval while down. */
	public boolean admit() {
		if (!this.down) {
			return true;
		}
		synchronized (this) {
			long now = System.nanoTime();
			if (now - this.nextProbe >= 0) {
				this.nextProbe = now + PROBE_INTERVAL_NANOS;
				return true;
			}
			return false;
		}
	}

	public synchronized void unreachable(Throwable cause) {
		if (!this.down) {
			log.warn("The database is unreachable ({}); answering 503 until it is back", cause.toString());
		}
		this.down = true;
		this.nextProbe = System.nanoTime() + PROBE_INTERVAL_NANOS;
	}

	public void reachable() {
		if (this.down) {
			synchronized (this) {
				if (this.down) {
					this.down = false;
					log.info("The database is reachable again");
				}
			}
		}
	}

	public boolean isDown() {
		return this.down;
	}

}
