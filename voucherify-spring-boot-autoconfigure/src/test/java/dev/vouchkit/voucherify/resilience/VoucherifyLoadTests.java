package dev.vouchkit.voucherify.resilience;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionPoolMetrics;
import reactor.netty.resources.ConnectionProvider;

import org.springframework.http.client.reactive.ReactorClientHttpConnector;

import dev.vouchkit.voucherify.VoucherifyException;
import dev.vouchkit.voucherify.VouchersTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many concurrent calls against a flaky server: every call ends in a reply or one of our
 * exceptions, and no pooled connection is left checked out.
 */
class VoucherifyLoadTests {

	private static final int CALLS = 2_000;

	private final AtomicInteger received = new AtomicInteger();

	private final List<ConnectionPoolMetrics> pools = new CopyOnWriteArrayList<>();

	private MockWebServer server;

	private ConnectionProvider connectionProvider;

	@BeforeEach
	void start() throws IOException {
		this.server = new MockWebServer();
		this.server.setDispatcher(new Dispatcher() {

			@Override
			public MockResponse dispatch(RecordedRequest request) {
				VoucherifyLoadTests.this.received.incrementAndGet();
				if (ThreadLocalRandom.current().nextInt(100) < 20) {
					return new MockResponse.Builder().code(503).build();
				}
				return new MockResponse.Builder().code(200)
					.setHeader("Content-Type", "application/json")
					.body("{\"code\":\"A\"}")
					.build();
			}

		});
		this.server.start();
		this.connectionProvider = ConnectionProvider.builder("voucherify-load")
			.maxConnections(64)
			.pendingAcquireMaxCount(-1)
			.metrics(true, () -> (poolName, id, remoteAddress, metrics) -> this.pools.add(metrics))
			.build();
	}

	@AfterEach
	void stop() {
		this.connectionProvider.disposeLater().block(Duration.ofSeconds(10));
		this.server.close();
	}

	@Test
	@Timeout(60)
	void everyCallEndsTypedAndNoConnectionStaysCheckedOut() throws InterruptedException {
		VouchersTemplate template = VouchersTemplate.builder()
			.baseUrl(this.server.url("/").toString())
			.appId("id")
			.appToken("token")
			.connector(new ReactorClientHttpConnector(HttpClient.create(this.connectionProvider)))
			.decorator(VoucherifyResilienceDecorator.builder()
				.backoff(Duration.ofMillis(1), 2, Duration.ofMillis(10), 0.5)
				.build())
			.build();
		AtomicInteger successes = new AtomicInteger();
		AtomicInteger typedFailures = new AtomicInteger();
		List<Throwable> untyped = new CopyOnWriteArrayList<>();
		Flux.range(0, CALLS)
			.flatMap((i) -> template.getVoucher("V" + i)
				.doOnNext((voucher) -> successes.incrementAndGet())
				.onErrorResume((ex) -> {
					if (ex instanceof VoucherifyException) {
						typedFailures.incrementAndGet();
					}
					else {
						untyped.add(ex);
					}
					return Mono.empty();
				}), 100)
			.then()
			.block(Duration.ofSeconds(45));

		assertThat(untyped).isEmpty();
		assertThat(successes.get() + typedFailures.get()).isEqualTo(CALLS);
		// With 3 attempts a call fails only if all three get a 503: about 0.8 %.
		assertThat(successes.get()).isGreaterThan(CALLS * 95 / 100);
		assertThat(this.received.get()).isGreaterThan(CALLS);
		assertThat(this.pools).isNotEmpty();
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (acquired() > 0 && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		assertThat(acquired()).as("connections still checked out of the pool").isZero();
		assertThat(this.pools).allSatisfy((pool) -> assertThat(pool.pendingAcquireSize()).isZero());
	}

	private int acquired() {
		return this.pools.stream().mapToInt(ConnectionPoolMetrics::acquiredSize).sum();
	}

}
