package dev.vouchkit.voucherify.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import io.netty.util.concurrent.EventExecutor;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;
import reactor.netty.resources.LoopResources;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.http.client.ReactorResourceFactory;

import dev.vouchkit.voucherify.VoucherifyConnectionPool;
import dev.vouchkit.voucherify.VouchersOperations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's calls take their connections from a pool of their own, kept per event loop and
 * leased most recently used first; observed by the connections a loopback server saw and
 * by the threads replies arrive on.
 */
class VoucherifyConnectionPoolTests {

	private static final int BURST = 6;

	private static final int EVENT_LOOPS = 4;

	@StartStop
	private final MockWebServer server = new MockWebServer();

	private final LoopResources loops = LoopResources.create("app-loops", EVENT_LOOPS, true);

	@AfterEach
	void disposeLoops() {
		this.loops.disposeLater().block(Duration.ofSeconds(10));
	}

	@Test
	void aCallMadeOnAnEventLoopIsAnsweredOnThatLoop() {
		int calls = 2 * EVENT_LOOPS;
		enqueueVouchers(calls);
		onAppLoops(VoucherifyTestContexts.against(this.server)).run((context) -> {
			VouchersOperations vouchers = context.getBean(VouchersOperations.class);
			// Each loop in turn, twice round: a pool shared by the loops would lease the connection
			// another loop opened or used last, and answer the call there.
			List<EventExecutor> eventLoops = eventLoops();
			for (int i = 0; i < calls; i++) {
				EventExecutor loop = eventLoops.get(i % eventLoops.size());
				String callingThread = threadOf(loop);
				assertThat(replyThreadOfACallMadeOn(loop, vouchers)).as("call %d", i).isEqualTo(callingThread);
			}
		});
		assertThat(this.server.getRequestCount()).isEqualTo(calls);
	}

	@Test
	void callsMadeOnOtherThreadsGoToTheEventLoopsInTurn() {
		int calls = 2 * EVENT_LOOPS;
		enqueueVouchers(calls);
		onAppLoops(VoucherifyTestContexts.against(this.server)).run((context) -> {
			VouchersOperations vouchers = context.getBean(VouchersOperations.class);
			Map<String, Long> repliesByThread = Flux.range(0, calls)
				.concatMap((i) -> vouchers.getVoucher("GIFT-1")
					.map((voucher) -> Thread.currentThread().getName())
					.subscribeOn(Schedulers.boundedElastic()))
				.collect(Collectors.groupingBy((thread) -> thread, Collectors.counting()))
				.block(Duration.ofSeconds(30));
			assertThat(repliesByThread).hasSize(EVENT_LOOPS).allSatisfy((thread, replies) -> {
				assertThat(thread).startsWith("app-loops");
				assertThat(replies).isEqualTo(2L);
			});
		});
	}

	@Test
	void afterABurstOneCallAtATimeStaysOnTheConnectionJustUsed() throws Exception {
		List<Integer> connections = connectionsOfOneCallAtATimeAfterABurst(
				onAppLoops(VoucherifyTestContexts.against(this.server)));
		// Two at most: a call's connection goes back to the pool just after the next call, made when
		// the reply arrived, has leased one.
		assertThat(connections.stream().distinct().count()).as("connections of %s", connections).isLessThanOrEqualTo(2);
	}

	@Test
	void withoutItCallsGoRoundTheApplicationsPool() throws Exception {
		List<Integer> connections = connectionsOfOneCallAtATimeAfterABurst(onAppLoops(
				VoucherifyTestContexts.against(this.server).withPropertyValues("voucherify.connection-pool.enabled=false")));
		assertThat(connections.stream().distinct().count()).as("connections of %s", connections).isGreaterThan(2);
	}

	@Test
	void asManyCallsInFlightAsReactorNettysSharedPoolTakes() {
		int calls = 100;
		for (int i = 0; i < calls; i++) {
			this.server.enqueue(voucher().newBuilder().headersDelay(200, TimeUnit.MILLISECONDS).build());
		}
		VoucherifyTestContexts.against(this.server).run((context) -> {
			VouchersOperations vouchers = context.getBean(VouchersOperations.class);
			List<String> codes = Flux.range(0, calls)
				.flatMap((i) -> vouchers.getVoucher("GIFT-1").map((voucher) -> voucher.code()), calls)
				.collectList()
				.block(Duration.ofSeconds(60));
			assertThat(codes).hasSize(calls).containsOnly("GIFT-1");
		});
		// Each sent once: none waited for a connection so long that it failed and was retried.
		assertThat(this.server.getRequestCount()).isEqualTo(calls);
	}

	@Test
	void runsOnTheApplicationsOwnEventLoops() {
		this.server.enqueue(voucher());
		onAppLoops(VoucherifyTestContexts.against(this.server)).run((context) -> {
			String replyThread = context.getBean(VouchersOperations.class)
				.getVoucher("GIFT-1")
				.map((voucher) -> Thread.currentThread().getName())
				.block(Duration.ofSeconds(30));
			assertThat(replyThread).startsWith("app-loops");
		});
	}

	@Test
	void poolIsClosedWithTheContextAndCanBeReplaced() {
		this.server.enqueue(voucher());
		VoucherifyConnectionPool[] pool = new VoucherifyConnectionPool[1];
		VoucherifyTestContexts.against(this.server)
			.withPropertyValues("voucherify.connection-pool.max-idle-time=5s")
			.run((context) -> {
				pool[0] = context.getBean(VoucherifyConnectionPool.class);
				assertThat(pool[0].isClosed()).isFalse();
				assertThat(pool[0].getMaxIdleTime()).isEqualTo(Duration.ofSeconds(5));
				context.getBean(VouchersOperations.class).getVoucher("GIFT-1").block(Duration.ofSeconds(30));
			});
		assertThat(pool[0].isClosed()).isTrue();
		VoucherifyTestContexts.against(this.server)
			.withBean(VoucherifyConnectionPool.class, () -> new VoucherifyConnectionPool(Duration.ofSeconds(1)))
			.run((context) -> assertThat(context).hasSingleBean(VoucherifyConnectionPool.class));
		VoucherifyTestContexts.against(this.server)
			.withPropertyValues("voucherify.connection-pool.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(VoucherifyConnectionPool.class)
				.hasSingleBean(VouchersOperations.class));
	}

	/**
	 * A burst of calls that each need a connection, then one call at a time, each made on
	 * the event loop the one before was answered on, as a reactive application makes them.
	 */
	private List<Integer> connectionsOfOneCallAtATimeAfterABurst(ApplicationContextRunner contextRunner)
			throws InterruptedException {
		for (int i = 0; i < BURST; i++) {
			// Slow enough that every call of the burst needs a connection of its own.
			this.server.enqueue(voucher().newBuilder().headersDelay(300, TimeUnit.MILLISECONDS).build());
		}
		enqueueVouchers(BURST);
		contextRunner.run((context) -> {
			VouchersOperations vouchers = context.getBean(VouchersOperations.class);
			Flux.range(0, BURST).flatMap((i) -> vouchers.getVoucher("GIFT-1"), BURST).blockLast(Duration.ofSeconds(30));
			CompletableFuture<Void> oneAtATime = new CompletableFuture<>();
			eventLoops().get(0)
				.execute(() -> Flux.range(0, BURST)
					.concatMap((i) -> vouchers.getVoucher("GIFT-1"))
					.subscribe(null, oneAtATime::completeExceptionally, () -> oneAtATime.complete(null)));
			oneAtATime.get(30, TimeUnit.SECONDS);
		});
		List<Integer> burst = new ArrayList<>();
		for (int i = 0; i < BURST; i++) {
			burst.add(this.server.takeRequest(5, TimeUnit.SECONDS).getConnectionIndex());
		}
		assertThat(burst).as("the burst's connections").doesNotHaveDuplicates();
		List<Integer> oneAtATime = new ArrayList<>();
		for (int i = 0; i < BURST; i++) {
			oneAtATime.add(this.server.takeRequest(5, TimeUnit.SECONDS).getConnectionIndex());
		}
		assertThat(this.server.getRequestCount()).isEqualTo(2 * BURST);
		return oneAtATime;
	}

	/** The application's own event loops, which the API's calls then run on too. */
	private ApplicationContextRunner onAppLoops(ApplicationContextRunner contextRunner) {
		return contextRunner.withBean(ReactorResourceFactory.class, () -> {
			ReactorResourceFactory resources = new ReactorResourceFactory();
			resources.setUseGlobalResources(false);
			resources.setLoopResources(this.loops);
			return resources;
		});
	}

	private List<EventExecutor> eventLoops() {
		List<EventExecutor> eventLoops = new ArrayList<>();
		this.loops.onClient(true).forEach(eventLoops::add);
		assertThat(eventLoops).hasSize(EVENT_LOOPS);
		return eventLoops;
	}

	private static String threadOf(EventExecutor loop) throws Exception {
		return loop.submit(() -> Thread.currentThread().getName()).get(10, TimeUnit.SECONDS);
	}

	private static String replyThreadOfACallMadeOn(EventExecutor loop, VouchersOperations vouchers) throws Exception {
		CompletableFuture<String> replyThread = new CompletableFuture<>();
		loop.execute(() -> vouchers.getVoucher("GIFT-1")
			.map((voucher) -> Thread.currentThread().getName())
			.subscribe(replyThread::complete, replyThread::completeExceptionally));
		return replyThread.get(30, TimeUnit.SECONDS);
	}

	private void enqueueVouchers(int count) {
		for (int i = 0; i < count; i++) {
			this.server.enqueue(voucher());
		}
	}

	private static MockResponse voucher() {
		return new MockResponse.Builder().code(200)
			.setHeader("Content-Type", "application/json")
			.body(VoucherifyTestContexts.VOUCHER)
			.build();
	}

}
