package dev.vouchkit.voucherify;

import java.net.SocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import io.netty.channel.EventLoopGroup;
import io.netty.resolver.AddressResolverGroup;
import io.netty.util.concurrent.EventExecutor;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.netty.Connection;
import reactor.netty.ConnectionObserver;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.transport.TransportConfig;

/**
 * A Reactor Netty connection provider that keeps the connections of each event loop in a
 * pool of their own. A call made on an event loop is leased a connection of that loop, or
 * opens one there (Reactor Netty registers a client connection on the loop that opens it),
 * so it is written and its reply read without leaving the caller's thread. A call made on
 * any other thread is handed to the event loops in turn. Why one pool for all loops will not
 * do: {@link VoucherifyConnectionPool}.
 */
final class PerEventLoopConnectionProvider implements ConnectionProvider {

	private final Supplier<ConnectionProvider> poolFactory;

	private final int maxConnectionsPerLoop;

	private final Map<EventExecutor, LoopPool> pools = new ConcurrentHashMap<>();

	private volatile boolean disposed;

	/**
	 * @param poolFactory makes the pool of one event loop
	 * @param maxConnectionsPerLoop the connection limit of the pools it makes
	 */
	PerEventLoopConnectionProvider(Supplier<ConnectionProvider> poolFactory, int maxConnectionsPerLoop) {
		this.poolFactory = poolFactory;
		this.maxConnectionsPerLoop = maxConnectionsPerLoop;
	}

	@Override
	public Mono<? extends Connection> acquire(TransportConfig config, ConnectionObserver connectionObserver,
			@Nullable Supplier<? extends SocketAddress> remoteAddress,
			@Nullable AddressResolverGroup<?> resolverGroup) {
		EventLoopGroup loops = config.loopResources().onClient(config.isPreferNative());
		for (EventExecutor loop : loops) {
			if (loop.inEventLoop()) {
				return poolOf(loop).connections.acquire(config, connectionObserver, remoteAddress, resolverGroup);
			}
		}
		// Leased and opened on the loop, so that a connection it opens is registered there.
		LoopPool next = poolOf(loops.next());
		return Mono
			.defer(() -> next.connections.acquire(config, connectionObserver, remoteAddress, resolverGroup))
			.subscribeOn(next.scheduler);
	}

	private LoopPool poolOf(EventExecutor loop) {
		LoopPool pool = this.pools.get(loop);
		return (pool != null) ? pool
				: this.pools.computeIfAbsent(loop,
						(newLoop) -> new LoopPool(this.poolFactory.get(), Schedulers.fromExecutor(newLoop)));
	}

	/** The limit of each event loop's pool. */
	@Override
	public int maxConnections() {
		return this.maxConnectionsPerLoop;
	}

	@Override
	public void disposeWhen(SocketAddress address) {
		this.pools.values().forEach((pool) -> pool.connections.disposeWhen(address));
	}

	@Override
	public Mono<Void> disposeLater() {
		return Mono.defer(() -> {
			this.disposed = true;
			List<Mono<Void>> disposals = this.pools.values()
				.stream()
				.map((pool) -> pool.connections.disposeLater())
				.toList();
			return Mono.when(disposals);
		});
	}

	@Override
	public boolean isDisposed() {
		return this.disposed;
	}

	@Override
	public String name() {
		return "voucherify";
	}

	private record LoopPool(ConnectionProvider connections, Scheduler scheduler) {
	}

}
