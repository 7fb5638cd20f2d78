package dev.vouchkit.voucherify.autoconfigure;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.github.resilience4j.retry.Retry;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import dev.vouchkit.voucherify.VoucherifyNotFoundException;
import dev.vouchkit.voucherify.VoucherifyOperation;
import dev.vouchkit.voucherify.VoucherifyRateLimitException;
import dev.vouchkit.voucherify.VoucherifyResponseTimeoutException;
import dev.vouchkit.voucherify.VoucherifyServerException;
import dev.vouchkit.voucherify.VoucherifyServiceUnavailableException;
import dev.vouchkit.voucherify.VoucherifyTransportException;
import dev.vouchkit.voucherify.VouchersOperations;
import dev.vouchkit.voucherify.model.BalanceUpdateRequest;
import dev.vouchkit.voucherify.resilience.VoucherifyResilienceDecorator;

import static dev.vouchkit.voucherify.autoconfigure.VoucherifyTestContexts.BALANCE;
import static dev.vouchkit.voucherify.autoconfigure.VoucherifyTestContexts.VOUCHER;
import static dev.vouchkit.voucherify.testsupport.VoucherifyTestSupport.expectError;
import static dev.vouchkit.voucherify.testsupport.VoucherifyTestSupport.json;
import static dev.vouchkit.voucherify.testsupport.VoucherifyTestSupport.status;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The retry table, proven by counting what a loopback server received from the
 * auto-configured client.
 */
class VoucherifyRetryIntegrationTests {

	/** These tests count the sends themselves; reconciliation of a lost reply is tested on the emulator. */
	private static final String NO_RECONCILIATION = "voucherify.reconciliation.enabled=false";

	@StartStop
	private final MockWebServer server = new MockWebServer();

	@Test
	void idempotentReadIsRetriedThroughTwo503s() {
		this.server.enqueue(status(503));
		this.server.enqueue(status(503));
		this.server.enqueue(json(200, VOUCHER));
		VoucherifyTestContexts.against(this.server).run((context) -> {
			StepVerifier.create(context.getBean(VouchersOperations.class).getVoucher("GIFT-1"))
				.assertNext((voucher) -> assertThat(voucher.code()).isEqualTo("GIFT-1"))
				.expectComplete()
				.verify(Duration.ofSeconds(30));
			assertThat(this.server.getRequestCount()).isEqualTo(3);
			assertThat(methods()).containsOnly("GET");
		});
	}

	@Test
	void withResponseRepliesWithTheAttemptThatSucceeded() {
		this.server.enqueue(new MockResponse.Builder().code(503).setHeader("X-Rate-Limit-Remaining", "3").build());
		this.server.enqueue(new MockResponse.Builder().code(200)
			.setHeader("Content-Type", "application/json")
			.setHeader("X-Rate-Limit-Remaining", "2")
			.body(VOUCHER)
			.build());
		VoucherifyTestContexts.against(this.server).run((context) -> {
			StepVerifier.create(context.getBean(VouchersOperations.class).withResponse().getVoucher("GIFT-1"))
				.assertNext((response) -> {
					assertThat(response.body().code()).isEqualTo("GIFT-1");
					assertThat(response.rateLimit().remaining()).isEqualTo(2L);
				})
				.expectComplete()
				.verify(Duration.ofSeconds(30));
			assertThat(this.server.getRequestCount()).isEqualTo(2);
		});
	}

	@Test
	void withResponseSendsABalanceUpdateOnceWhenTheServerFails() {
		this.server.enqueue(status(500));
		this.server.enqueue(json(200, BALANCE));
		VoucherifyTestContexts.against(this.server).withPropertyValues(NO_RECONCILIATION).run((context) -> {
			expectError(context.getBean(VouchersOperations.class)
				.withResponse()
				.updateVoucherBalance("GIFT-1", BalanceUpdateRequest.of(5)), VoucherifyServerException.class);
			assertThat(this.server.getRequestCount()).isEqualTo(1);
		});
	}

	@Test
	void maxAttemptsCountsTheFirstCall() {
		for (int i = 0; i < 5; i++) {
			this.server.enqueue(status(503));
		}
		VoucherifyTestContexts.against(this.server).withPropertyValues("voucherify.retry.max-attempts=2").run((context) -> {
			expectError(context.getBean(VouchersOperations.class).getVoucher("GIFT-1"),
					VoucherifyServiceUnavailableException.class);
			assertThat(this.server.getRequestCount()).isEqualTo(2);
		});
	}

	@Test
	void perOperationMaxAttemptsOverrideTheDefault() {
		for (int i = 0; i < 5; i++) {
			this.server.enqueue(status(503));
		}
		VoucherifyTestContexts.against(this.server)
			.withPropertyValues("voucherify.retry.max-attempts=2", "voucherify.operations.list-vouchers.max-attempts=4")
			.run((context) -> {
				expectError(context.getBean(VouchersOperations.class).listVouchers(),
						VoucherifyServiceUnavailableException.class);
				assertThat(this.server.getRequestCount()).isEqualTo(4);
			});
	}

	@Test
	void rateLimitedBalanceUpdateIsSentAgainAfterRetryAfter() {
		this.server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "1").build());
		this.server.enqueue(json(200, BALANCE));
		VoucherifyTestContexts.against(this.server).run((context) -> {
			long start = System.nanoTime();
			StepVerifier
				.create(context.getBean(VouchersOperations.class).updateVoucherBalance("GIFT-1", BalanceUpdateRequest.of(-2500)))
				.assertNext((reply) -> assertThat(reply.balance()).isEqualTo(7500L))
				.expectComplete()
				.verify(Duration.ofSeconds(30));
			// The backoff is 1-5 ms here; only Retry-After explains a wait of a second.
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
			assertThat(this.server.getRequestCount()).isEqualTo(2);
			assertThat(methods()).containsOnly("POST");
		});
	}

	@Test
	void retryAfterBeyondTheCapReachesTheCallerAtOnce() {
		this.server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "120").build());
		VoucherifyTestContexts.against(this.server).run((context) -> {
			VoucherifyRateLimitException ex = expectError(context.getBean(VouchersOperations.class).getVoucher("A"),
					VoucherifyRateLimitException.class);
			assertThat(ex.getRetryAfter()).isEqualTo(Duration.ofSeconds(120));
			assertThat(this.server.getRequestCount()).isEqualTo(1);
		});
	}

	@Test
	void balanceUpdateIsSentOnceWhenTheServerFails() {
		this.server.enqueue(status(500));
		this.server.enqueue(json(200, BALANCE));
		VoucherifyTestContexts.against(this.server).withPropertyValues(NO_RECONCILIATION).run((context) -> {
			expectError(context.getBean(VouchersOperations.class).updateVoucherBalance("GIFT-1", BalanceUpdateRequest.of(5)),
					VoucherifyServerException.class);
			assertThat(this.server.getRequestCount()).isEqualTo(1);
		});
	}

	@Test
	void balanceUpdateIsSentOnceWhenAGatewayIsUnavailable() {
		this.server.enqueue(status(503));
		this.server.enqueue(json(200, BALANCE));
		VoucherifyTestContexts.against(this.server).withPropertyValues(NO_RECONCILIATION).run((context) -> {
			expectError(context.getBean(VouchersOperations.class).updateVoucherBalance("GIFT-1", BalanceUpdateRequest.of(5)),
					VoucherifyServiceUnavailableException.class);
			assertThat(this.server.getRequestCount()).isEqualTo(1);
		});
	}

	@Test
	void balanceUpdateIsSentOnceWhenTheConnectionIsResetAfterTheRequest() {
		this.server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
		this.server.enqueue(json(200, BALANCE));
		VoucherifyTestContexts.against(this.server).withPropertyValues(NO_RECONCILIATION).run((context) -> {
			VoucherifyTransportException ex = expectError(
					context.getBean(VouchersOperations.class).updateVoucherBalance("GIFT-1", BalanceUpdateRequest.of(5)),
					VoucherifyTransportException.class);
			assertThat(ex.isRequestMayHaveReachedServer()).isTrue();
			assertThat(ex).hasMessageContaining("outcome is unknown");
			assertThat(this.server.getRequestCount()).isEqualTo(1);
		});
	}

	@Test
	void balanceUpdateIsSentOnceWhenTheReplyIsTooSlow() {
		this.server.enqueue(json(200, BALANCE).newBuilder().headersDelay(2, TimeUnit.SECONDS).build());
		this.server.enqueue(json(200, BALANCE));
		VoucherifyTestContexts.against(this.server)
			.withPropertyValues(NO_RECONCILIATION, "voucherify.response-timeout=300ms")
			.run((context) -> {
				VoucherifyResponseTimeoutException ex = expectError(
						context.getBean(VouchersOperations.class).updateVoucherBalance("GIFT-1", BalanceUpdateRequest.of(5)),
						VoucherifyResponseTimeoutException.class);
				assertThat(ex).hasMessageContaining("outcome is unknown");
				assertThat(this.server.getRequestCount()).isEqualTo(1);
			});
	}

	@Test
	void readIsRetriedAfterAResetAndAfterATimeout() {
		this.server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
		this.server.enqueue(json(200, VOUCHER).newBuilder().headersDelay(6, TimeUnit.SECONDS).build());
		this.server.enqueue(json(200, VOUCHER));
		// Long enough for a whole loopback reply on a loaded machine, far shorter than the delayed one.
		VoucherifyTestContexts.against(this.server).withPropertyValues("voucherify.response-timeout=2s").run((context) -> {
			StepVerifier.create(context.getBean(VouchersOperations.class).getVoucher("GIFT-1"))
				.expectNextCount(1)
				.expectComplete()
				.verify(Duration.ofSeconds(30));
			assertThat(this.server.getRequestCount()).isEqualTo(3);
		});
	}

	@Test
	void perOperationResponseTimeoutApplies() {
		this.server.enqueue(json(200, BALANCE).newBuilder().headersDelay(600, TimeUnit.MILLISECONDS).build());
		VoucherifyTestContexts.against(this.server)
			.withPropertyValues("voucherify.response-timeout=200ms",
					"voucherify.operations.update-voucher-balance.response-timeout=5s")
			.run((context) -> StepVerifier
				.create(context.getBean(VouchersOperations.class).updateVoucherBalance("GIFT-1", BalanceUpdateRequest.of(5)))
				.expectNextCount(1)
				.expectComplete()
				.verify(Duration.ofSeconds(30)));
	}

	@Test
	void otherClientErrorsAreNotRetried() {
		this.server.enqueue(json(404, "{\"code\":404,\"key\":\"not_found\",\"message\":\"Resource not found\"}"));
		this.server.enqueue(json(200, VOUCHER));
		VoucherifyTestContexts.against(this.server).run((context) -> {
			expectError(context.getBean(VouchersOperations.class).getVoucher("X"), VoucherifyNotFoundException.class);
			assertThat(this.server.getRequestCount()).isEqualTo(1);
		});
	}

	@Test
	void balanceUpdateThatNeverLeftIsRetried() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		VoucherifyTestContexts.withCredentials()
			.withPropertyValues("voucherify.base-url=http://127.0.0.1:" + closedPort, "voucherify.retry.max-attempts=3")
			.run((context) -> {
				VoucherifyTransportException ex = expectError(
						context.getBean(VouchersOperations.class).updateVoucherBalance("GIFT-1", BalanceUpdateRequest.of(5)),
						VoucherifyTransportException.class);
				assertThat(ex.isRequestMayHaveReachedServer()).isFalse();
				// Nothing listens, so the server cannot count: the retry's own metrics do.
				Retry retry = context.getBean(VoucherifyResilienceDecorator.class)
					.getRetry(VoucherifyOperation.UPDATE_VOUCHER_BALANCE);
				assertThat(retry.getMetrics().getNumberOfFailedCallsWithRetryAttempt()).isEqualTo(1);
				assertThat(retry.getName()).isEqualTo("voucherify.vouchers.balance.update");
			});
	}

	@Test
	void retriesCanBeTurnedOff() {
		this.server.enqueue(status(503));
		this.server.enqueue(json(200, VOUCHER));
		VoucherifyTestContexts.against(this.server).withPropertyValues("voucherify.retry.enabled=false").run((context) -> {
			expectError(context.getBean(VouchersOperations.class).getVoucher("A"),
					VoucherifyServiceUnavailableException.class);
			assertThat(this.server.getRequestCount()).isEqualTo(1);
		});
	}

	private java.util.List<String> methods() throws InterruptedException {
		java.util.List<String> methods = new java.util.ArrayList<>();
		RecordedRequest request;
		while ((request = this.server.takeRequest(10, TimeUnit.MILLISECONDS)) != null) {
			methods.add(request.getMethod());
		}
		return methods;
	}

}
