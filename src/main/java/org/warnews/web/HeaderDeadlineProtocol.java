package org.warnews.web;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.apache.coyote.AbstractProcessor;
import org.apache.coyote.http11.Http11NioProtocol;
import org.apache.tomcat.util.net.NioChannel;
import org.apache.tomcat.util.net.SocketWrapperBase;

/**
 * Tomcat's HTTP/1.1 connector with a deadline for a request's line and headers. Tomcat's own timeouts are per read,
 * so a client that sends a header line every few seconds was never cut off, and about a thousand of them would hold
 * every connection the server takes. Once a second this walks the open connections and closes those whose request
 * began to arrive longer ago than the deadline and is still being read (Tomcat notes when the first byte of each
 * request came): Tomcat has no setting for this. The walk is over at most {@code server.tomcat.max-connections}.
 * Public, with a public constructor: Tomcat creates its protocol from the class name.
 */
public class HeaderDeadlineProtocol extends Http11NioProtocol {

	private volatile long headerReadTimeoutNanos = TimeUnit.SECONDS.toNanos(10);

	private ScheduledFuture<?> sweep;

	/** Milliseconds a request's line and headers may take to arrive, set from {@code warnews.http.*}. */
	public void setHeaderReadTimeout(long millis) {
		this.headerReadTimeoutNanos = TimeUnit.MILLISECONDS.toNanos(millis);
	}

	public long getHeaderReadTimeout() {
		return TimeUnit.NANOSECONDS.toMillis(this.headerReadTimeoutNanos);
	}

	@Override
	public void start() throws Exception {
		super.start();
		this.sweep = getUtilityExecutor().scheduleWithFixedDelay(this::closeSlowRequests, 1, 1, TimeUnit.SECONDS);
	}

	@Override
	public void stop() throws Exception {
		if (this.sweep != null) {
			this.sweep.cancel(false);
		}
		super.stop();
	}

	void closeSlowRequests() {
		long now = System.nanoTime();
		for (SocketWrapperBase<NioChannel> connection : getEndpoint().getConnections()) {
			// While a request is being served its processor is taken from the connection; one left on it, not async,
			// holds a request that has begun to arrive and waits for the rest.
			if (connection.getCurrentProcessor() instanceof AbstractProcessor processor && !processor.isAsync()) {
				long started = processor.getRequest().getStartTimeNanos();
				if (started != -1 && now - started > this.headerReadTimeoutNanos) {
					connection.close();
				}
			}
		}
	}

}
