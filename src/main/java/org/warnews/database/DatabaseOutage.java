package org.warnews.database;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.LongAdder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the database is known to be unreachable. While it is, requests that need it are answered 503 at once
 * instead of each waiting out the connection timeout, and one request per probe interval goes through to find
 * out whether it is back: the app recovers by itself, without a restart.
 * <p>
 * The log tells of database trouble in two lines, however many requests it touches: one when it starts (an outage,
 * or requests timing out) and one when it is over, with how long it lasted and how many requests were answered 503.
 */
public final class DatabaseOutage {

	/** What clients are told to wait before trying again. */
	public static final Duration RETRY_AFTER = Duration.ofSeconds(5);

	private static final long PROBE_INTERVAL_NANOS = Duration.ofSeconds(1).toNanos();

	/** Timeouts that come in bursts (a slow moment, a busy pool) are one spell of trouble, not many. */
	private static final long QUIET_BEFORE_ALL_CLEAR_NANOS = Duration.ofSeconds(10).toNanos();

	private static final Logger log = LoggerFactory.getLogger(DatabaseOutage.class);

	private volatile boolean down;

	/** Whether a spell of trouble (an outage, or timeouts) has been logged and not yet ended. */
	private volatile boolean troubled;

	private long nextProbe;

	private long troubleStarted;

	private long downSince;

	private long lastFault;

	private final LongAdder refused = new LongAdder();

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

	/** The database could not be reached: requests are refused until a probe finds it back. */
	public synchronized void unreachable(Throwable cause) {
		if (!this.troubled) {
			log.warn("The database is unreachable ({}); answering 503 until it is back", describe(cause));
		}
		long now = fault();
		if (!this.down) {
			this.down = true;
			this.downSince = now;
		}
		this.nextProbe = now + PROBE_INTERVAL_NANOS;
	}

	/** A request could not be answered in time; the database itself answers (or was not found down yet). */
	public synchronized void timedOut(Throwable cause) {
		if (!this.troubled) {
			log.warn("Requests are timing out on the database ({}); answering them 503", describe(cause));
		}
		fault();
	}

	/** One more request answered 503 because of the database. */
	public void refused() {
		this.refused.increment();
	}

	/**
	 * A request admitted at {@code admittedAt} ({@link System#nanoTime()}) used the database and was answered. One
	 * admitted after an outage began ends it: requests are served again. The trouble is over, and logged as over,
	 * once the database has answered for a while without a fault: a database that comes and goes is one spell.
	 */
	public void reachable(long admittedAt) {
		if (this.troubled) {
			synchronized (this) {
				if (this.down && admittedAt - this.downSince > 0) {
					this.down = false;
				}
				long now = System.nanoTime();
				if (this.troubled && !this.down && now - this.lastFault >= QUIET_BEFORE_ALL_CLEAR_NANOS) {
					this.troubled = false;
					log.info("The database has answered in time for {} s, after {} s of trouble; {} requests were "
							+ "answered 503", Duration.ofNanos(now - this.lastFault).toSeconds(),
							Duration.ofNanos(this.lastFault - this.troubleStarted).toSeconds(),
							this.refused.sumThenReset());
				}
			}
		}
	}

	public boolean isDown() {
		return this.down;
	}

	private long fault() {
		long now = System.nanoTime();
		if (!this.troubled) {
			this.troubled = true;
			this.troubleStarted = now;
		}
		this.lastFault = now;
		return now;
	}

	/**
	 * What went wrong, in a few words: the failure's type and the database's own message and SQL state, never the
	 * SQL text or the parameters (which Spring's exception messages carry) nor a stack trace.
	 */
	static String describe(Throwable failure) {
		SQLException sql = null;
		Throwable cause = failure;
		for (int depth = 0; cause != null && depth < DatabaseFault.MAX_CAUSES; depth++, cause = cause.getCause()) {
			if (cause instanceof SQLException found) {
				sql = found;
			}
		}
		if (sql == null) {
			return failure.getClass().getSimpleName();
		}
		String state = (sql.getSQLState() != null) ? " [SQL state " + sql.getSQLState() + "]" : "";
		return sql.getClass().getSimpleName() + ": " + firstLine(sql.getMessage()) + state;
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "";
		}
		int end = message.indexOf('\n');
		String line = (end < 0) ? message : message.substring(0, end);
		return (line.length() > 200) ? line.substring(0, 200) + "…" : line;
	}

}
