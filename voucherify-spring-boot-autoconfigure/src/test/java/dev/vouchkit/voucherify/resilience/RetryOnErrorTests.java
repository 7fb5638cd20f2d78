package dev.vouchkit.voucherify.resilience;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import io.github.resilience4j.reactor.retry.RetryOperator;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link RetryOnError} makes the same attempts, with the same retry events and metrics, as
 * Resilience4j's own {@link RetryOperator}, whatever the attempts do.
 */
class RetryOnErrorTests {

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
		Mono<String> call = RetryOnError.retried(Mono.defer(() -> (attempts.incrementAndGet() % 2 == 1)
				? Mono.error(new IOException("reset")) : Mono.just("ok")), retry);
		assertThat(call.block()).isEqualTo("ok");
		assertThat(call.block()).isEqualTo("ok");
		assertThat(attempts).hasValue(4);
		assertThat(retry.getMetrics().getNumberOfSuccessfulCallsWithRetryAttempt()).isEqualTo(2);
	}

	private void assertSameAsRetryOperator(Function<Integer, Mono<String>> attempt) {
		Outcome expected = run(attempt, (call, retry) -> call.transformDeferred(RetryOperator.of(retry)));
		Outcome actual = run(attempt, RetryOnError::retried);
		assertThat(actual).isEqualTo(expected);
		// One call, counted once by the retry's metrics.
		assertThat(actual.metrics().stream().mapToLong(Long::longValue).sum()).isOne();
	}

	private Outcome run(Function<Integer, Mono<String>> attempt,
			java.util.function.BiFunction<Mono<String>, Retry, Mono<String>> retrying) {
		Retry retry = Retry.of("compared", CONFIG);
		List<String> events = new ArrayList<>();
		retry.getEventPublisher()
			.onEvent((event) -> events.add(event.getEventType() + " " + event.getNumberOfRetryAttempts() + " "
					+ event.getLastThrowable()));
		AtomicInteger attempts = new AtomicInteger();
		Mono<String> call = Mono.defer(() -> attempt.apply(attempts.incrementAndGet()));
		String result;
		try {
			result = String.valueOf(retrying.apply(call, retry).block(Duration.ofSeconds(10)));
		}
		catch (RuntimeException ex) {
			result = "failed: " + ex;
		}
		Retry.Metrics metrics = retry.getMetrics();
		return new Outcome(result, attempts.get(), events,
				List.of(metrics.getNumberOfSuccessfulCallsWithoutRetryAttempt(),
						metrics.getNumberOfSuccessfulCallsWithRetryAttempt(),
						metrics.getNumberOfFailedCallsWithoutRetryAttempt(),
						metrics.getNumberOfFailedCallsWithRetryAttempt()));
	}

	record Outcome(String result, int attempts, List<String> events, List<Long> metrics) {
	}

}
