package dev.vouchkit.voucherify.resilience;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import io.github.resilience4j.reactor.retry.RetryOperator;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ResilientCall} makes the same attempts, with the same retry and circuit-breaker
 * events and metrics, as Resilience4j's own {@link RetryOperator} inside its
 * {@link CircuitBreakerOperator}, whatever the attempts do.
 */
class ResilientCallTests {

	private static final CircuitBreakerConfig BREAKER = CircuitBreakerConfig.custom()
		.slidingWindowSize(4)
		.minimumNumberOfCalls(2)
		.failureRateThreshold(50)
		.ignoreExceptions(IllegalStateException.class)
		.build();

	private static final RetryConfig CONFIG = RetryConfig.<String>custom()
		.maxAttempts(3)
		.waitDuration(Duration.ofMillis(1))
		.retryExceptions(IOException.class)
		.retryOnResult("again"::equals)
		.build();

	@Test
	void succeedsAtOnce() {
		assertSameAsRetryOperator((attempt) -> Mono.just("ok"));
	}

	@Test
	void succeedsAfterRetryableFailures() {
		assertSameAsRetryOperator((attempt) -> (attempt < 3) ? Mono.error(new IOException("reset " + attempt))
				: Mono.just("ok"));
	}

	@Test
	void failsOnceAttemptsAreUsedUp() {
		assertSameAsRetryOperator((attempt) -> Mono.error(new IOException("reset " + attempt)));
	}

	@Test
	void failsAtOnceOnWhatIsNotRetried() {
		assertSameAsRetryOperator((attempt) -> Mono.error(new IllegalStateException("refused")));
	}

	@Test
	void retriesOnResult() {
		assertSameAsRetryOperator((attempt) -> Mono.just((attempt < 2) ? "again" : "ok"));
		assertSameAsRetryOperator((attempt) -> Mono.just("again"));
	}

	@Test
	void completesEmpty() {
		assertSameAsRetryOperator((attempt) -> (attempt < 2) ? Mono.error(new IOException("reset"))
				: Mono.empty());
	}

	@Test
	void eachSubscriptionIsANewCall() {
		Retry retry = Retry.of("resubscribed", CONFIG);
		AtomicInteger attempts = new AtomicInteger();
		CircuitBreaker breaker = CircuitBreaker.of("resubscribed", BREAKER);
		Mono<String> call = ResilientCall.of(Mono.defer(() -> (attempts.incrementAndGet() % 2 == 1)
				? Mono.error(new IOException("reset")) : Mono.just("ok")), breaker, CircuitOpen::new, retry);
		assertThat(call.block()).isEqualTo("ok");
		assertThat(call.block()).isEqualTo("ok");
		assertThat(attempts).hasValue(4);
		assertThat(retry.getMetrics().getNumberOfSuccessfulCallsWithRetryAttempt()).isEqualTo(2);
		assertThat(breaker.getMetrics().getNumberOfSuccessfulCalls()).isEqualTo(2);
	}

	@Test
	void anOpenCircuitRefusesTheCallWithoutSendingIt() {
		assertSameAsOperators((attempt) -> Mono.error(new IOException("down " + attempt)), 3);
		CircuitBreaker breaker = CircuitBreaker.of("open", BREAKER);
		breaker.transitionToOpenState();
		AtomicInteger attempts = new AtomicInteger();
		Mono<String> call = ResilientCall.of(Mono.fromSupplier(() -> "sent " + attempts.incrementAndGet()), breaker,
				CircuitOpen::new, null);
		assertThat(call.onErrorResume((ex) -> Mono.just("refused: " + ex)).block())
			.isEqualTo("refused: " + new CircuitOpen(CallNotPermittedException.createCallNotPermittedException(breaker)));
		assertThat(attempts).hasValue(0);
		assertThat(breaker.getMetrics().getNumberOfNotPermittedCalls()).isOne();
	}

	@Test
	void aCallCancelledBeforeItsReplyGivesItsPermitBack() {
		CircuitBreakerConfig oneTrialCall = CircuitBreakerConfig.from(BREAKER)
			.permittedNumberOfCallsInHalfOpenState(1)
			.build();
		CircuitBreaker breaker = CircuitBreaker.of("cancelled", oneTrialCall);
		breaker.transitionToOpenState();
		breaker.transitionToHalfOpenState();
		Mono<String> call = ResilientCall.of(Mono.never(), breaker, CircuitOpen::new, Retry.of("cancelled", CONFIG));
		assertThat(call.timeout(Duration.ofMillis(20), Mono.just("gave up")).block()).isEqualTo("gave up");
		// The only trial call's permit is back: another call may try.
		assertThat(breaker.tryAcquirePermission()).isTrue();
		assertThat(breaker.getMetrics().getNumberOfBufferedCalls()).isZero();
	}

	@Test
	void aCallCancelledWhileWaitingToBeSentAgainIsNotSentAgain() throws InterruptedException {
		Retry slowRetry = Retry.of("waiting", RetryConfig.from(CONFIG).waitDuration(Duration.ofMillis(300)).build());
		AtomicInteger attempts = new AtomicInteger();
		Mono<String> call = ResilientCall.of(Mono.defer(() -> {
			attempts.incrementAndGet();
			return Mono.error(new IOException("reset"));
		}), null, CircuitOpen::new, slowRetry);
		assertThat(call.timeout(Duration.ofMillis(50), Mono.just("gave up")).block()).isEqualTo("gave up");
		Thread.sleep(500);
		assertThat(attempts).hasValue(1);
	}

	private void assertSameAsRetryOperator(Function<Integer, Mono<String>> attempt) {
		Outcome actual = assertSameAsOperators(attempt, 1);
		// One call, counted once by the retry's metrics.
		assertThat(actual.retryMetrics().stream().mapToLong(Long::longValue).sum()).isOne();
	}

	/** The same calls, one after the other, through both and through the same kind of breaker. */
	private Outcome assertSameAsOperators(Function<Integer, Mono<String>> attempt, int calls) {
		Outcome expected = run(attempt, calls,
				(call, breaker, retry) -> call.transformDeferred(RetryOperator.of(retry))
					.transform(CircuitBreakerOperator.of(breaker))
					.onErrorMap(CallNotPermittedException.class, CircuitOpen::new));
		Outcome actual = run(attempt, calls,
				(call, breaker, retry) -> ResilientCall.of(call, breaker, CircuitOpen::new, retry));
		assertThat(actual).isEqualTo(expected);
		return actual;
	}

	private Outcome run(Function<Integer, Mono<String>> attempt, int calls, Guarding guarding) {
		Retry retry = Retry.of("compared", CONFIG);
		CircuitBreaker breaker = CircuitBreaker.of("compared", BREAKER);
		List<String> events = new ArrayList<>();
		retry.getEventPublisher()
			.onEvent((event) -> events.add(event.getEventType() + " " + event.getNumberOfRetryAttempts() + " "
					+ event.getLastThrowable()));
		breaker.getEventPublisher().onEvent((event) -> events.add(event.getEventType().toString()));
		AtomicInteger attempts = new AtomicInteger();
		Mono<String> call = guarding.apply(Mono.defer(() -> attempt.apply(attempts.incrementAndGet())), breaker, retry);
		List<String> results = new ArrayList<>();
		for (int i = 0; i < calls; i++) {
			try {
				results.add(String.valueOf(call.block(Duration.ofSeconds(10))));
			}
			catch (RuntimeException ex) {
				results.add("failed: " + ex);
			}
		}
		Retry.Metrics metrics = retry.getMetrics();
		CircuitBreaker.Metrics breakerMetrics = breaker.getMetrics();
		return new Outcome(results, attempts.get(), events,
				List.of(metrics.getNumberOfSuccessfulCallsWithoutRetryAttempt(),
						metrics.getNumberOfSuccessfulCallsWithRetryAttempt(),
						metrics.getNumberOfFailedCallsWithoutRetryAttempt(),
						metrics.getNumberOfFailedCallsWithRetryAttempt()),
				List.of((long) breakerMetrics.getNumberOfSuccessfulCalls(), (long) breakerMetrics.getNumberOfFailedCalls(),
						breakerMetrics.getNumberOfNotPermittedCalls(), (long) breakerMetrics.getNumberOfBufferedCalls(),
						(long) breaker.getState().ordinal()));
	}

	@FunctionalInterface
	interface Guarding {

		Mono<String> apply(Mono<String> call, CircuitBreaker breaker, Retry retry);

	}

	record Outcome(List<String> results, int attempts, List<String> events, List<Long> retryMetrics,
			List<Long> breakerMetrics) {
	}

	/** What the decorator makes of a refused permit. */
	static final class CircuitOpen extends RuntimeException {

		CircuitOpen(CallNotPermittedException refused) {
			super("circuit open: " + refused.getMessage());
		}

		@Override
		public String toString() {
			return getMessage();
		}

	}

}
