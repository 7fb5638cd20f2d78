package dev.vouchkit.voucherify.resilience;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionPoolMetrics;
import reactor.netty.resources.ConnectionProvider;

import org.springframework.http.client.reactive.ReactorClientHttpConnector;

import dev.vouchkit.voucherify.VoucherifyTransportException;
import dev.vouchkit.voucherify.VouchersTemplate;
import dev.vouchkit.voucherify.model.BalanceUpdateRequest;
import dev.vouchkit.voucherify.model.BalanceUpdateResponse;
import dev.vouchkit.voucherify.testsupport.VoucherifyTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A call the connection pool refuses (no connection free and too many waiting, or waited
 * too long) never left this JVM: it says so, and a balance update refused that way is sent
 * once it gets a connection, exactly once, as the server counts.
 */
class PoolRefusalRetryTests {

	private static final String BALANCE = "{\"amount\":500,\"total\":1500,\"balance\":1000,\"type\":\"gift_voucher\","
			+ "\"object\":\"balance\",\"related_object\":{\"type\":\"voucher\",\"id\":\"v_1\"}}";

	@StartStop
	private final MockWebServer server = new MockWebServer();

	/** What the pool reports of its connection, once it has opened one. */
	private final AtomicReference<ConnectionPoolMetrics> poolMetrics = new AtomicReference<>();

	/** One connection, one call waiting for it: a third call at once is refused. */
	private final ConnectionProvider tinyPool = ConnectionProvider.builder("tiny")
		.maxConnections(1)
		.pendingAcquireMaxCount(1)
		.metrics(true, () -> (poolName, id, remoteAddress, metrics) -> this.poolMetrics.set(metrics))
		.build();

	@AfterEach
	void closePool() {
		this.tinyPool.dispose();
	}

	@Test
	void refusedBalanceUpdateSaysItWasNotSent() {
		VouchersTemplate template = template(VoucherifyResilienceDecorator.builder().maxAttempts(1).build());
		openThePoolsConnection(template);
		enqueueSlowReplies(2);
		List<Object> outcomes = Flux.range(0, 3)
			.flatMap((i) -> template.updateVoucherBalance("GIFT-1", BalanceUpdateRequest.of(500))
				.<Object>map((reply) -> reply)
				.onErrorResume((ex) -> reactor.core.publisher.Mono.just(ex)), 3)
			.collectList()
			.block(Duration.ofSeconds(30));
		assertThat(outcomes).filteredOn(VoucherifyTransportException.class::isInstance)
			.singleElement()
			.satisfies((refused) -> {
				VoucherifyTransportException transport = (VoucherifyTransportException) refused;
				assertThat(transport.isRequestMayHaveReachedServer()).isFalse();
				assertThat(transport).hasMessageContaining("the request was not sent");
			});
		assertThat(this.server.getRequestCount()).isEqualTo(1 + 2);
	}

	@Test
	void refusedBalanceUpdateIsSentOnceAConnectionIsFree() {
		VouchersTemplate template = template(VoucherifyResilienceDecorator.builder()
			.maxAttempts(5)
			.initialBackoff(Duration.ofMillis(300))
			.build());
		openThePoolsConnection(template);
		enqueueSlowReplies(3);
		List<BalanceUpdateResponse> replies = Flux.range(0, 3)
			.flatMap((i) -> template.updateVoucherBalance("GIFT-1", BalanceUpdateRequest.of(500)), 3)
			.collectList()
			.block(Duration.ofSeconds(30));
		assertThat(replies).hasSize(3);
		// Each balance update reached the server exactly once.
		assertThat(this.server.getRequestCount()).isEqualTo(1 + 3);
	}

	/**
	 * One update first, so that the burst finds the connection open and idle: while it is
	 * being opened, or not yet given back after the reply, the burst's first call waits
	 * too, and the second would be refused with the third.
	 */
	private void openThePoolsConnection(VouchersTemplate template) {
		this.server.enqueue(VoucherifyTestSupport.json(200, BALANCE));
		template.updateVoucherBalance("GIFT-1", BalanceUpdateRequest.of(500)).block(Duration.ofSeconds(30));
		// The caller has the reply before the event loop gives the connection back to the pool.
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> this.poolMetrics.get() != null && this.poolMetrics.get().idleSize() == 1);
	}

	private void enqueueSlowReplies(int count) {
		for (int i = 0; i < count; i++) {
			this.server.enqueue(VoucherifyTestSupport.json(200, BALANCE)
				.newBuilder()
				.headersDelay(200, TimeUnit.MILLISECONDS)
				.build());
		}
	}

	private VouchersTemplate template(VoucherifyResilienceDecorator resilience) {
		return VoucherifyTestSupport.templateBuilder(this.server)
			.connector(new ReactorClientHttpConnector(HttpClient.create(this.tinyPool)))
			.responseTimeout(Duration.ofSeconds(10))
			.decorator(resilience)
			.build();
	}

}
