package dev.vouchkit.voucherify;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.LoopResources;

import org.springframework.util.Assert;

/**
 * Reactor Netty connections kept for the API's calls: each event loop keeps its own, leased
 * most recently used first (LIFO). A call made on an event loop (a WebFlux handler, or the
 * next call of a reactive chain, started where the last reply arrived) is written and read
 * on that loop, without handing over to another thread; a call made on any other thread is
 * handed to the event loops in turn.
 * <p>
 * Reactor Netty's shared pool leases the longest idle connection of any loop first (FIFO):
 * once a burst has opened connections on every loop, each call is written and read on
 * another loop than its caller's, which made one call at a time half as fast. One pool for
 * all loops leased LIFO instead lets calls drift to the loop that released a connection
 * last, until every call in flight shares one loop and one core.
 * <p>
 * Close it when done: its connections stay open until then.
 */
public final class VoucherifyConnectionPool implements AutoCloseable {

	/** How long a connection may stay unused before it is closed rather than leased. */
	public static final Duration DEFAULT_MAX_IDLE_TIME = Duration.ofSeconds(30);

	/** As many as Reactor Netty's shared pool allows, which WebClient uses by default. */
	private static final int MAX_CONNECTIONS = Math.max(ConnectionProvider.DEFAULT_POOL_MAX_CONNECTIONS, 500);

	private final ConnectionProvider connectionProvider;

	private final Duration maxIdleTime;

	private volatile boolean closed;

	/**
	 * A pool with the limits of Reactor Netty's shared pool for each event loop: as many
	 * connections, as many calls waiting for one, and as long a wait.
	 * @param maxIdleTime how long a connection may stay unused before it is closed rather
	 * than leased; shorter than the server's keep-alive timeout, so that a connection the
	 * server is closing is not the one a call gets
	 */
	public VoucherifyConnectionPool(Duration maxIdleTime) {
		Assert.isTrue(maxIdleTime != null && !maxIdleTime.isNegative() && !maxIdleTime.isZero(),
				"maxIdleTime must be a positive duration");
		this.maxIdleTime = maxIdleTime;
		ConnectionProvider.Builder pool = ConnectionProvider.builder("voucherify")
			.maxConnections(MAX_CONNECTIONS)
			.pendingAcquireTimeout(Duration.ofMillis(ConnectionProvider.DEFAULT_POOL_ACQUIRE_TIMEOUT))
			.maxIdleTime(maxIdleTime)
			.lifo();
		this.connectionProvider = new PerEventLoopConnectionProvider(pool::build, MAX_CONNECTIONS);
	}

	/** The pool that templates built without a connector share, open for the life of the JVM. */
	static VoucherifyConnectionPool shared() {
		return Shared.POOL;
	}

	/**
	 * A Reactor Netty client taking its connections from this pool.
	 * @param loopResources the event loops to run on, or {@code null} for Reactor Netty's
	 * shared ones
	 * @return the client
	 */
	public HttpClient httpClient(@Nullable LoopResources loopResources) {
		HttpClient client = HttpClient.create(this.connectionProvider);
		return (loopResources != null) ? client.runOn(loopResources) : client;
	}

	/**
	 * The Reactor Netty connection provider behind this pool.
	 * @return the provider
	 */
	public ConnectionProvider getConnectionProvider() {
		return this.connectionProvider;
	}

	/**
	 * How long a connection may stay unused before it is closed rather than leased.
	 * @return the idle time
	 */
	public Duration getMaxIdleTime() {
		return this.maxIdleTime;
	}

	/** Closes every connection. */
	@Override
	public void close() {
		this.closed = true;
		this.connectionProvider.dispose();
	}

	/**
	 * Whether {@link #close()} was called.
	 * @return {@code true} once closed
	 */
	public boolean isClosed() {
		return this.closed;
	}

	@Override
	public String toString() {
		return "VoucherifyConnectionPool[maxConnectionsPerEventLoop=" + this.connectionProvider.maxConnections()
				+ ", maxIdleTime=" + this.maxIdleTime + ", leasing=LIFO]";
	}

	private static final class Shared {

		static final VoucherifyConnectionPool POOL = new VoucherifyConnectionPool(DEFAULT_MAX_IDLE_TIME);

	}

}
