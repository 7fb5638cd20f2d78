package dev.vouchkit.voucherify.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.netty.resources.LoopResources;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.http.client.ReactorResourceFactory;

import dev.vouchkit.voucherify.VoucherifyConnectionPool;
import dev.vouchkit.voucherify.VouchersOperations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's calls take their connections from a pool of their own that leases the most
 * recently used connection first; observed by the connections a loopback server saw.
 */
class VoucherifyConnectionPoolTests {

	private static final int BURST = 6;

	@StartStop
	private final MockWebServer server = new MockWebServer();

	@Test
	void afterABurstOneCallAtATimeStaysOnTheConnectionJustUsed() throws InterruptedException {
		List<Integer> connections = connectionsOfOneCallAtATimeAfterABurst(
				VoucherifyTestContexts.against(this.server));
		assertThat(connections.stream().distinct().count()).as("connections of %s", connections).isLessThanOrEqualTo(2);
	}

	@Test
	void withoutItCallsGoRoundTheApplicationsPool() throws InterruptedException {
		List<Integer> connections = connectionsOfOneCallAtATimeAfterABurst(VoucherifyTestContexts.against(this.server)
			.withPropertyValues("voucherify.connection-pool.enabled=false"));
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
		VoucherifyTestContexts.against(this.server).withBean(ReactorResourceFactory.class, () -> {
			ReactorResourceFactory resources = new ReactorResourceFactory();
			resources.setUseGlobalResources(false);
			resources.setLoopResources(LoopResources.create("app-loops", 1, true));
			return resources;
		}).run((context) -> {
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

	private List<Integer> connectionsOfOneCallAtATimeAfterABurst(ApplicationContextRunner contextRunner)
			throws InterruptedException {
		for (int i = 0; i < BURST; i++) {
			// Slow enough that every call of the burst needs a connection of its own.
			this.server.enqueue(voucher().newBuilder().headersDelay(300, TimeUnit.MILLISECONDS).build());
		}
		for (int i = 0; i < BURST; i++) {
			this.server.enqueue(voucher());
		}
		contextRunner.run((context) -> {
			VouchersOperations vouchers = context.getBean(VouchersOperations.class);
			Flux.range(0, BURST).flatMap((i) -> vouchers.getVoucher("GIFT-1"), BURST).blockLast(Duration.ofSeconds(30));
			for (int i = 0; i < BURST; i++) {
				vouchers.getVoucher("GIFT-1").block(Duration.ofSeconds(30));
			}
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

	private static MockResponse voucher() {
		return new MockResponse.Builder().code(200)
			.setHeader("Content-Type", "application/json")
			.body(VoucherifyTestContexts.VOUCHER)
			.build();
	}

}
