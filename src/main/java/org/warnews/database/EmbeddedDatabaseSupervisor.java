package org.warnews.database;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * Checks every second that the embedded PostgreSQL runs, and starts it again when it died (killed, or crashed), so
 * the app comes back by itself. If it is not back within the deadline, liveness turns BROKEN ({@code /livez} 503)
 * for whatever runs the app to restart it; a new start stops what is left and recovers the data.
 */
final class EmbeddedDatabaseSupervisor implements AutoCloseable {

	private static final Duration CHECK_INTERVAL = Duration.ofSeconds(1);

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseSupervisor.class);

	private final EmbeddedDatabase database;

	private final Duration restartDeadline;

	private final ApplicationEventPublisher events;

	/** Two threads: the deadline must pass on time while a restart attempt waits for the server. */
	private final ScheduledExecutorService scheduler;

	/** Set while the server is dead. */
	private ScheduledFuture<?> deadline;

	private long diedAt;

	private volatile Exception lastFailure;

	private boolean broken;

	EmbeddedDatabaseSupervisor(EmbeddedDatabase database, Duration restartDeadline, ApplicationEventPublisher events) {
		this.database = database;
		this.restartDeadline = restartDeadline;
		this.events = events;
		CustomizableThreadFactory threads = new CustomizableThreadFactory("embedded-postgres-supervisor-");
		threads.setDaemon(true);
		this.scheduler = Executors.newScheduledThreadPool(2, threads);
	}

	void start() {
		this.scheduler.scheduleWithFixedDelay(this::check, CHECK_INTERVAL.toMillis(), CHECK_INTERVAL.toMillis(),
				TimeUnit.MILLISECONDS);
	}

	private void check() {
		if (!this.database.hasDied()) {
			return;
		}
		startTheClock();
		try {
			if (this.database.restartIfDied()) {
				recovered();
			}
		}
		catch (IOException | RuntimeException ex) {
			this.lastFailure = ex;
		}
	}

	private synchronized void startTheClock() {
		if (this.deadline == null) {
			this.diedAt = System.nanoTime();
			this.deadline = this.scheduler.schedule(this::giveUp, this.restartDeadline.toMillis(), TimeUnit.MILLISECONDS);
		}
	}

	private synchronized void recovered() {
		this.deadline.cancel(false);
		this.deadline = null;
		this.lastFailure = null;
		log.warn("The embedded PostgreSQL had died; restarted it in {} ms, recovered from its write-ahead log",
				TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - this.diedAt));
		if (this.broken) {
			this.broken = false;
			AvailabilityChangeEvent.publish(this.events, this, LivenessState.CORRECT);
		}
	}

	private synchronized void giveUp() {
		if (this.deadline == null) {
			return; // recovered meanwhile
		}
		this.broken = true;
		log.error("The embedded PostgreSQL died and could not be restarted within {} ({}): liveness is now BROKEN, "
				+ "so that the app is restarted", this.restartDeadline, String.valueOf(this.lastFailure));
		AvailabilityChangeEvent.publish(this.events, this, LivenessState.BROKEN);
	}

	@Override
	public void close() {
		this.scheduler.shutdownNow();
	}

}
