package dev.vouchkit.voucherify.resilience;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import dev.vouchkit.voucherify.VoucherifyCircuitOpenException;
import dev.vouchkit.voucherify.VoucherifyClientRateLimitException;
import dev.vouchkit.voucherify.VoucherifyNotFoundException;
import dev.vouchkit.voucherify.VoucherifyOperation;
import dev.vouchkit.voucherify.VoucherifyServerException;
import dev.vouchkit.voucherify.VoucherifyServiceUnavailableException;
import dev.vouchkit.voucherify.VouchersTemplate;
import dev.vouchkit.voucherify.emulator.MutableClock;
import dev.vouchkit.voucherify.model.BalanceUpdateRequest;
import dev.vouchkit.voucherify.testsupport.VoucherifyTestSupport;

import static dev.vouchkit.voucherify.testsupport.VoucherifyTestSupport.expectError;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The decorator on its own, as a hand-built client outside Spring Boot uses it: circuit
 * breaker outside the retry, client-side rate limiter.
 */
class VoucherifyResilienceDecoratorTests {

	private static final Duration WAIT_IN_OPEN_STATE = Duration.ofMillis(400);

	@StartStop
	private final MockWebServer server = new MockWebServer();

	/** The circuit breaker's clock, moved past the open state's wait instead of sleeping through it. */
	private final MutableClock clock = new MutableClock(Instant.now());

	@Test
	void circuitOpensFailsFastThenHalfOpensAndCloses() {
		VoucherifyResilienceDecorator resilience = VoucherifyResilienceDecorator.builder()
			.backoff(Duration.ofMillis(1), 1, Duration.ofMillis(1), 0)
			.circuitBreaker(smallCircuit())
			.build();
		VouchersTemplate template = template(resilience);
		CircuitBreaker circuitBreaker = resilience.getCircuitBreaker(VoucherifyOperation.GET_VOUCHER);
		// Two logical calls, each retried to its 3 attempts: the circuit sees 2 failures, not 6.
		for (int i = 0; i < 6; i++) {
			this.server.enqueue(VoucherifyTestSupport.status(503));
		}
		expectError(template.getVoucher("A"), VoucherifyServiceUnavailableException.class);
		expectError(template.getVoucher("A"), VoucherifyServiceUnavailableException.class);
		assertThat(this.server.getRequestCount()).isEqualTo(6);
		assertThat(circuitBreaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
		assertThat(circuitBreaker.getMetrics().getNumberOfFailedCalls()).isEqualTo(2);

		VoucherifyCircuitOpenException open = expectError(
				template.updateVoucherBalance("A", BalanceUpdateRequest.of(5)), VoucherifyCircuitOpenException.class);
		assertThat(this.server.getRequestCount()).as("fails fast, nothing sent").isEqualTo(6);
		assertThat(open.isTransient()).isTrue();
		assertThat(open.getCircuitBreakerName()).isEqualTo("voucherify");
		assertThat(open.getRetryAt()).isAfter(Instant.now().minusSeconds(1))
			.isBefore(Instant.now().plus(WAIT_IN_OPEN_STATE).plusSeconds(1));
		assertThat(open).hasMessageContaining("updateVoucherBalance was not sent")
			.hasMessageContaining("OPEN")
			.hasMessageContaining("trial calls through again at");

		this.clock.advance(WAIT_IN_OPEN_STATE.plusMillis(100));
		this.server.enqueue(VoucherifyTestSupport.json(200, "{\"code\":\"A\"}"));
		StepVerifier.create(template.getVoucher("A")).expectNextCount(1).expectComplete().verify(Duration.ofSeconds(30));
		assertThat(this.server.getRequestCount()).isEqualTo(7);
		assertThat(circuitBreaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
	}

	@Test
	void eachSubscriptionToACallAsksTheCircuitBreakerAgain() {
		VoucherifyResilienceDecorator resilience = VoucherifyResilienceDecorator.builder()
			.retryEnabled(false)
			.circuitBreaker(smallCircuit())
			.build();
		VouchersTemplate template = template(resilience);
		CircuitBreaker circuitBreaker = resilience.getCircuitBreaker(VoucherifyOperation.GET_VOUCHER);
		Mono<?> call = template.getVoucher("A");
		this.server.enqueue(VoucherifyTestSupport.json(200, "{\"code\":\"A\"}"));
		this.server.enqueue(VoucherifyTestSupport.json(200, "{\"code\":\"A\"}"));
		StepVerifier.create(call).expectNextCount(1).expectComplete().verify(Duration.ofSeconds(30));
		StepVerifier.create(call).expectNextCount(1).expectComplete().verify(Duration.ofSeconds(30));
		assertThat(circuitBreaker.getMetrics().getNumberOfSuccessfulCalls()).isEqualTo(2);
		// Opened by another call (one failure in a window of two), the circuit stops the same Mono subscribed to again.
		this.server.enqueue(VoucherifyTestSupport.status(503));
		expectError(template.getVoucher("B"), VoucherifyServiceUnavailableException.class);
		assertThat(circuitBreaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
		expectError(call, VoucherifyCircuitOpenException.class);
		assertThat(this.server.getRequestCount()).as("fails fast, nothing sent").isEqualTo(3);
	}

	@Test
	void clientErrorsNeverOpenTheCircuit() {
		VoucherifyResilienceDecorator resilience = VoucherifyResilienceDecorator.builder()
			.circuitBreaker(smallCircuit())
			.build();
		VouchersTemplate template = template(resilience);
		for (int i = 0; i < 5; i++) {
			this.server.enqueue(new MockResponse.Builder().code(404)
				.body("{\"code\":404,\"key\":\"not_found\",\"message\":\"Resource not found\"}")
				.build());
			expectError(template.getVoucher("A"), VoucherifyNotFoundException.class);
		}
		assertThat(resilience.getCircuitBreaker(VoucherifyOperation.GET_VOUCHER).getState())
			.isEqualTo(CircuitBreaker.State.CLOSED);
	}

	@Test
	void perOperationCircuitBreakersKeepOperationsApart() {
		VoucherifyResilienceDecorator resilience = VoucherifyResilienceDecorator.builder()
			.retryEnabled(false)
			.circuitBreaker(smallCircuit())
			.circuitBreakerPerOperation(true)
			.build();
		VouchersTemplate template = template(resilience);
		this.server.enqueue(VoucherifyTestSupport.status(500));
		this.server.enqueue(VoucherifyTestSupport.status(500));
		expectError(template.updateVoucherBalance("A", BalanceUpdateRequest.of(5)), VoucherifyServerException.class);
		expectError(template.updateVoucherBalance("A", BalanceUpdateRequest.of(5)), VoucherifyServerException.class);
		assertThat(resilience.getCircuitBreaker(VoucherifyOperation.UPDATE_VOUCHER_BALANCE).getName())
			.isEqualTo("voucherify.vouchers.balance.update");
		assertThat(resilience.getCircuitBreaker(VoucherifyOperation.UPDATE_VOUCHER_BALANCE).getState())
			.isEqualTo(CircuitBreaker.State.OPEN);
		assertThat(resilience.getCircuitBreaker(VoucherifyOperation.GET_VOUCHER).getState())
			.isEqualTo(CircuitBreaker.State.CLOSED);
		assertThat(resilience.getCircuitBreakers()).hasSize(callCount());
	}

	@Test
	void rateLimiterStopsCallsBeyondTheQuotaWithoutSendingThem() {
		VoucherifyResilienceDecorator resilience = VoucherifyResilienceDecorator.builder()
			.rateLimiter(RateLimiterConfig.custom()
				.limitForPeriod(1)
				.limitRefreshPeriod(Duration.ofMinutes(1))
				.timeoutDuration(Duration.ZERO)
				.build())
			.build();
		VouchersTemplate template = template(resilience);
		this.server.enqueue(VoucherifyTestSupport.json(200, "{\"code\":\"A\"}"));
		StepVerifier.create(template.getVoucher("A")).expectNextCount(1).expectComplete().verify(Duration.ofSeconds(30));
		VoucherifyClientRateLimitException limited = expectError(template.getVoucher("A"),
				VoucherifyClientRateLimitException.class);
		assertThat(limited.isTransient()).isTrue();
		assertThat(limited).hasMessageContaining("allows 1 calls per PT1M");
		assertThat(this.server.getRequestCount()).isEqualTo(1);
		// A call the client held back says nothing about Voucherify's health.
		assertThat(resilience.getCircuitBreaker(VoucherifyOperation.GET_VOUCHER).getMetrics().getNumberOfBufferedCalls())
			.isEqualTo(1);
	}

	@Test
	void theInstancesAreNamedAfterTheClient() {
		VoucherifyResilienceDecorator resilience = VoucherifyResilienceDecorator.builder()
			.rateLimiter(RateLimiterConfig.ofDefaults())
			.build();
		assertThat(resilience.getRetryRegistry().getAllRetries()).hasSize(callCount())
			.allSatisfy((retry) -> assertThat(retry.getName()).startsWith("voucherify."));
		assertThat(resilience.getCircuitBreakers()).extracting(CircuitBreaker::getName).containsExactly("voucherify");
		assertThat(resilience.getRateLimiter().getName()).isEqualTo("voucherify");
		assertThat(resilience.getRetry(VoucherifyOperation.GET_VOUCHER).getRetryConfig().getMaxAttempts()).isEqualTo(3);
	}

	// Calls end on every event loop, and by default they all share one circuit breaker: a window
	// behind a lock parked event loops behind each other (77 waits in one profile at 64 calls in flight).
	@Test
	void callsEndingOnManyThreadsAtOnceAreRecordedWithoutALock() throws Exception {
		for (VoucherifyResilienceDecorator resilience : List.of(VoucherifyResilienceDecorator.builder().build(),
				VoucherifyResilienceDecorator.builder().circuitBreaker(smallCircuit()).build())) {
			CircuitBreaker circuitBreaker = resilience.getCircuitBreaker(VoucherifyOperation.GET_VOUCHER);
			assertThat(circuitBreaker.getCircuitBreakerConfig().getSlidingWindowSynchronizationStrategy())
				.isEqualTo(CircuitBreakerConfig.SlidingWindowSynchronizationStrategy.LOCK_FREE);
		}
		VoucherifyResilienceDecorator resilience = VoucherifyResilienceDecorator.builder().build();
		CircuitBreaker circuitBreaker = resilience.getCircuitBreaker(VoucherifyOperation.GET_VOUCHER);
		ExecutorService loops = Executors.newFixedThreadPool(4);
		try {
			List<Future<Long>> answered = new ArrayList<>();
			for (int loop = 0; loop < 4; loop++) {
				answered.add(loops.submit(() -> Flux.range(0, 5_000)
					.concatMap((i) -> resilience.decorate(VoucherifyOperation.GET_VOUCHER, Mono.just(i)))
					.count()
					.block()));
			}
			for (Future<Long> calls : answered) {
				assertThat(calls.get(60, TimeUnit.SECONDS)).isEqualTo(5_000);
			}
		}
		finally {
			loops.shutdownNow();
		}
		CircuitBreaker.Metrics metrics = circuitBreaker.getMetrics();
		int window = circuitBreaker.getCircuitBreakerConfig().getSlidingWindowSize();
		assertThat(metrics.getNumberOfBufferedCalls()).isEqualTo(window);
		assertThat(metrics.getNumberOfSuccessfulCalls()).isEqualTo(window);
		assertThat(metrics.getNumberOfFailedCalls()).isZero();
		assertThat(metrics.getFailureRate()).isZero();
		assertThat(circuitBreaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
	}

	private CircuitBreakerConfig smallCircuit() {
		return CircuitBreakerConfig.custom()
			.clock(this.clock)
			.slidingWindowSize(2)
			.minimumNumberOfCalls(2)
			.failureRateThreshold(50)
			.waitDurationInOpenState(WAIT_IN_OPEN_STATE)
			.permittedNumberOfCallsInHalfOpenState(1)
			.build();
	}

	private VouchersTemplate template(VoucherifyResilienceDecorator resilience) {
		return VoucherifyTestSupport.templateBuilder(this.server)
			.decorator(resilience)
			// One scripted reply per call: a lost balance reply must not be followed by transaction reads.
			.balanceReconciliation(false)
			.build();
	}

	/** Operations with their own retry and circuit breaker: all but the awaits, made of such calls. */
	private static int callCount() {
		return (int) java.util.Arrays.stream(VoucherifyOperation.values()).filter((operation) -> !operation.isAwait()).count();
	}

}
