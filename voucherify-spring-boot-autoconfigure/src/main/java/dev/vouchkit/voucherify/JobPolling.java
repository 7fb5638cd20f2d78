package dev.vouchkit.voucherify;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Predicate;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.util.Assert;

/**
 * How {@link VouchersOperations#awaitImport} and {@link VouchersOperations#awaitExport} poll
 * a job: at once, then after a wait that starts at {@code initialInterval} and grows by
 * {@code multiplier} up to {@code maxInterval}, until the job finishes or {@code timeout}
 * after the first poll. Each poll is a call of its own; cancelling the await stops the
 * polls. Every poll is logged at DEBUG under this class's name with the job's status and
 * progress.
 *
 * @param initialInterval the wait after the first poll
 * @param multiplier the factor each further wait grows by, at least 1
 * @param maxInterval the longest wait between two polls
 * @param timeout how long an await waits in all before it fails with
 * {@link VoucherifyJobTimeoutException}
 */
record JobPolling(Duration initialInterval, double multiplier, Duration maxInterval, Duration timeout) {

	static final JobPolling DEFAULTS = new JobPolling(VouchersTemplate.DEFAULT_JOB_INITIAL_INTERVAL,
			VouchersTemplate.DEFAULT_JOB_MULTIPLIER, VouchersTemplate.DEFAULT_JOB_MAX_INTERVAL,
			VouchersTemplate.DEFAULT_JOB_TIMEOUT);

	private static final Log logger = LogFactory.getLog(JobPolling.class);

	JobPolling {
		Assert.isTrue(initialInterval != null && initialInterval.toMillis() >= 1,
				() -> "initialInterval must be at least 1ms, was " + initialInterval);
		Assert.isTrue(multiplier >= 1, () -> "multiplier must be at least 1, was " + multiplier);
		Assert.isTrue(maxInterval != null && maxInterval.compareTo(initialInterval) >= 0,
				() -> "maxInterval must not be below initialInterval (" + initialInterval + "), was " + maxInterval);
		Assert.isTrue(timeout != null && !timeout.isNegative() && !timeout.isZero(),
				() -> "timeout must be a positive duration, was " + timeout);
	}

	/** The wait before poll {@code index + 2}: the first repeat waits the initial interval. */
	Duration interval(long index) {
		double millis = this.initialInterval.toMillis() * Math.pow(this.multiplier, index);
		return Duration.ofMillis((long) Math.min(millis, this.maxInterval.toMillis()));
	}

	/**
	 * Polls until {@code finished}, as a cold publisher: nothing is sent before
	 * subscription, and each subscription polls anew.
	 * @param <T> the job's type
	 * @param operation the await, for messages
	 * @param jobId the job's id, for messages and the log
	 * @param poll one read of the job
	 * @param finished whether a read shows the job ended
	 * @param status the status of a read
	 * @param progress the percent done of a read, {@code null} when it does not say
	 * @return the first read that shows the job ended
	 */
	<T> Mono<T> await(VoucherifyOperation operation, String jobId, Mono<T> poll, Predicate<T> finished,
			Function<T, @Nullable Object> status, Function<T, @Nullable Integer> progress) {
		return Mono.defer(() -> {
			AtomicReference<@Nullable T> lastSeen = new AtomicReference<>();
			AtomicInteger polls = new AtomicInteger();
			Function<T, String> describe = (job) -> status.apply(job)
					+ ((progress.apply(job) != null) ? " at " + progress.apply(job) + "%" : "");
			return poll.doOnNext((job) -> {
				lastSeen.set(job);
				int count = polls.incrementAndGet();
				if (logger.isDebugEnabled()) {
					logger.debug(operation.methodName() + " " + jobId + ": " + describe.apply(job) + " (poll " + count
							+ ")");
				}
			})
				.filter(finished)
				.repeatWhenEmpty((emptyPolls) -> emptyPolls.concatMap((index) -> Mono.delay(interval(index))))
				.timeout(this.timeout, Mono.defer(() -> {
					T last = lastSeen.get();
					String seen = (last != null) ? "the last of " + polls.get() + " polls saw " + describe.apply(last)
							: "no poll answered";
					return Mono.error(new VoucherifyJobTimeoutException(operation.methodName() + " gave up on " + jobId
							+ " after " + this.timeout + ": " + seen
							+ "; the job goes on at Voucherify, await it again to see its end", operation, jobId,
							(last != null) ? String.valueOf(status.apply(last)) : null, this.timeout));
				}));
		});
	}

}
