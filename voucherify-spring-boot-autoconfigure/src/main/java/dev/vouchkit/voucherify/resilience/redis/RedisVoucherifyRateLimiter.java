package dev.vouchkit.voucherify.resilience.redis;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.AsyncBucketProxy;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.util.Assert;

import dev.vouchkit.voucherify.VoucherifyClientRateLimitException;
import dev.vouchkit.voucherify.VoucherifyOperation;
import dev.vouchkit.voucherify.resilience.VoucherifyRateLimiterStatus;
import dev.vouchkit.voucherify.resilience.VoucherifyResilienceDecorator;
import dev.vouchkit.voucherify.resilience.VoucherifySharedRateLimiter;

/**
 * One token bucket per Voucherify project in Redis, shared by every instance of the
 * application, with Bucket4j: {@code limitForPeriod} permits, all refilled at once every
 * {@code limitRefreshPeriod} (the meaning of Resilience4j's limiter), a permit awaited at
 * most {@code timeout}. The bucket's key is derived from the app id, never from the token.
 * <p>
 * <strong>When Redis does not answer</strong> within {@code storeTimeout} (down,
 * unreachable), or the first connection fails or takes longer than
 * {@code connectTimeout}, the limiter falls back to a local
 * Resilience4j limiter of the same settings, logs a warning, and reports
 * {@link VoucherifyRateLimiterStatus#FALLBACK_LOCAL} with the reason in health and the
 * Actuator endpoint; after {@code retryInterval} the next call tries Redis again, and an
 * answer ends the fallback. So calls never hang on Redis and limiting never stops: during
 * a fallback each instance allows the whole limit on its own, and header pacing still
 * holds every instance once Voucherify reports the project's quota used up. A call waits
 * at most {@code storeTimeout} plus {@code timeout}, and the calls that wait for the
 * first connection (one attempt, shared) up to {@code connectTimeout} more.
 */
public final class RedisVoucherifyRateLimiter implements VoucherifySharedRateLimiter {

	/** Prefix of the bucket's key; the app id follows. */
	public static final String KEY_PREFIX = "voucherify:rate-limiter:";

	private static final Log logger = LogFactory.getLog(RedisVoucherifyRateLimiter.class);

	private final Callable<AsyncProxyManager<byte[]>> connector;

	private final String key;

	private final BucketConfiguration bucketConfiguration;

	private final RateLimiterConfig config;

	private final Duration storeTimeout;

	private final Duration connectTimeout;

	private final Duration retryInterval;

	private final RateLimiter fallback;

	private final Clock clock;

	private final AtomicReference<@Nullable CompletableFuture<AsyncBucketProxy>> bucket = new AtomicReference<>();

	private final AtomicReference<@Nullable Fallback> fallbackState = new AtomicReference<>();

	/**
	 * Creates the limiter; nothing connects before the first call.
	 * @param connector opens the Bucket4j proxy manager on the application's Redis
	 * connection; called again after a failure, at most once per {@code retryInterval}
	 * @param appId the Voucherify application id the bucket's key derives from
	 * @param config permits per period, the period and the longest wait for a permit
	 * @param storeTimeout longest wait for an answer from Redis
	 * @param connectTimeout longest wait for the first connection to Redis
	 * @param retryInterval how long to stay on the local limiter after Redis failed
	 */
	public RedisVoucherifyRateLimiter(Callable<AsyncProxyManager<byte[]>> connector, String appId,
			RateLimiterConfig config, Duration storeTimeout, Duration connectTimeout, Duration retryInterval) {
		this(connector, appId, config, storeTimeout, connectTimeout, retryInterval, Clock.systemUTC());
	}

	RedisVoucherifyRateLimiter(Callable<AsyncProxyManager<byte[]>> connector, String appId, RateLimiterConfig config,
			Duration storeTimeout, Duration connectTimeout, Duration retryInterval, Clock clock) {
		Assert.hasText(appId, "appId must not be blank");
		Assert.isTrue(storeTimeout != null && storeTimeout.toMillis() >= 1, "storeTimeout must be at least 1ms");
		Assert.isTrue(retryInterval != null && !retryInterval.isNegative(), "retryInterval must not be negative");
		this.connector = connector;
		this.key = KEY_PREFIX + appId;
		this.config = config;
		this.bucketConfiguration = BucketConfiguration.builder()
			.addLimit((limit) -> limit.capacity(config.getLimitForPeriod())
				.refillIntervally(config.getLimitForPeriod(), config.getLimitRefreshPeriod()))
			.build();
		this.storeTimeout = storeTimeout;
		this.connectTimeout = connectTimeout;
		this.retryInterval = retryInterval;
		this.fallback = RateLimiter.of(VoucherifyResilienceDecorator.INSTANCE_NAME + ".fallback", config);
		this.clock = clock;
	}

	/**
	 * The Redis key of the shared bucket.
	 * @return {@value #KEY_PREFIX} and the app id
	 */
	public String getKey() {
		return this.key;
	}

	@Override
	public Mono<Void> acquirePermit(VoucherifyOperation operation) {
		return Mono.defer(() -> {
			Instant now = this.clock.instant();
			Fallback current = this.fallbackState.get();
			if (current != null && now.isBefore(current.retryAt())) {
				return fromFallback(operation);
			}
			return fromRedis(operation, now.plus(this.config.getTimeoutDuration()))
				.onErrorResume((ex) -> !(ex instanceof VoucherifyClientRateLimitException), (ex) -> {
					enterFallback(ex);
					return fromFallback(operation);
				});
		});
	}

	/** Takes a token, or waits for the next refill and tries again while the deadline allows. */
	private Mono<Void> fromRedis(VoucherifyOperation operation, Instant deadline) {
		return bucket().flatMap((proxy) -> Mono.fromFuture(() -> proxy.tryConsumeAndReturnRemaining(1))
			.timeout(this.storeTimeout, Mono.error(() -> new RedisNotAnsweringException(
					"Redis did not answer within " + this.storeTimeout))))
			.flatMap((probe) -> {
				leaveFallback();
				if (probe.isConsumed()) {
					return Mono.<Void>empty();
				}
				return awaitRefill(operation, probe, deadline);
			});
	}

	private Mono<Void> awaitRefill(VoucherifyOperation operation, ConsumptionProbe probe, Instant deadline) {
		Duration wait = Duration.ofNanos(Math.max(probe.getNanosToWaitForRefill(), 1_000_000));
		if (this.clock.instant().plus(wait).isAfter(deadline)) {
			return Mono.error(() -> new VoucherifyClientRateLimitException(operation.methodName()
					+ " was not sent: the shared rate limiter in Redis (" + this.key + ") allows "
					+ this.config.getLimitForPeriod() + " calls per " + this.config.getLimitRefreshPeriod()
					+ " for every instance together and had no permit within " + this.config.getTimeoutDuration(),
					operation, this.config.getTimeoutDuration(), null));
		}
		return Mono.delay(wait).then(fromRedis(operation, deadline));
	}

	/**
	 * The bucket proxy. The first use connects, once for all concurrent calls, off the
	 * event loop since connecting blocks; a failed connection is tried again by the next
	 * call that goes to Redis.
	 */
	private Mono<AsyncBucketProxy> bucket() {
		CompletableFuture<AsyncBucketProxy> current = this.bucket.get();
		if (current != null && current.isDone() && !current.isCompletedExceptionally()) {
			return Mono.just(current.join());
		}
		if (current == null || current.isCompletedExceptionally()) {
			CompletableFuture<AsyncBucketProxy> attempt = new CompletableFuture<>();
			if (this.bucket.compareAndSet(current, attempt)) {
				Schedulers.boundedElastic().schedule(() -> connect(attempt));
			}
			current = this.bucket.get();
		}
		// suppressCancel: a caller that gives up leaves the shared attempt running.
		return Mono.fromFuture(current, true)
			.timeout(this.connectTimeout, Mono.error(() -> new RedisNotAnsweringException(
					"no connection to Redis within " + this.connectTimeout)));
	}

	private void connect(CompletableFuture<AsyncBucketProxy> attempt) {
		try {
			AsyncProxyManager<byte[]> proxyManager = this.connector.call();
			attempt.complete(proxyManager.builder()
				.build(this.key.getBytes(StandardCharsets.UTF_8),
						() -> CompletableFuture.completedFuture(this.bucketConfiguration)));
		}
		catch (Throwable ex) {
			attempt.completeExceptionally(ex);
		}
	}

	private Mono<Void> fromFallback(VoucherifyOperation operation) {
		return Mono.defer(() -> {
			long nanos = this.fallback.reservePermission();
			if (nanos < 0) {
				Fallback current = this.fallbackState.get();
				return Mono.error(new VoucherifyClientRateLimitException(operation.methodName()
						+ " was not sent: Redis is unreachable (" + ((current != null) ? current.reason() : "unknown")
						+ "), so this instance limits itself to " + this.config.getLimitForPeriod() + " calls per "
						+ this.config.getLimitRefreshPeriod() + " and had no permit within "
						+ this.config.getTimeoutDuration(), operation, this.config.getTimeoutDuration(), null));
			}
			return (nanos == 0) ? Mono.empty() : Mono.delay(Duration.ofNanos(nanos)).then();
		});
	}

	private void enterFallback(Throwable failure) {
		Instant now = this.clock.instant();
		String reason = describe(failure);
		Fallback previous = this.fallbackState.getAndSet(new Fallback(now, now.plus(this.retryInterval), reason));
		if (previous == null) {
			logger.warn("Voucherify rate limiter: Redis is unreachable (" + reason + "); each instance now limits"
					+ " itself alone to " + this.config.getLimitForPeriod() + " calls per "
					+ this.config.getLimitRefreshPeriod() + ", trying Redis again every " + this.retryInterval
					+ "; header pacing still holds calls once Voucherify reports the project's quota used up");
		}
		else if (logger.isDebugEnabled()) {
			logger.debug("Voucherify rate limiter: Redis is still unreachable (" + reason + ")");
		}
	}

	private void leaveFallback() {
		Fallback previous = this.fallbackState.getAndSet(null);
		if (previous != null) {
			logger.info("Voucherify rate limiter: Redis answers again; the shared bucket " + this.key
					+ " limits every instance together (on the local limiter since " + previous.since() + ")");
		}
	}

	private String describe(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		if (root instanceof TimeoutException) {
			return "no answer within " + this.storeTimeout;
		}
		String message = (root.getMessage() != null) ? root.getMessage() : root.getClass().getSimpleName();
		return (root == failure) ? message : failure.getClass().getSimpleName() + ": " + message;
	}

	@Override
	public VoucherifyRateLimiterStatus status() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("key", this.key);
		details.put("limitForPeriod", this.config.getLimitForPeriod());
		details.put("limitRefreshPeriod", this.config.getLimitRefreshPeriod().toString());
		Fallback current = this.fallbackState.get();
		if (current == null) {
			return new VoucherifyRateLimiterStatus(VoucherifyRateLimiterStatus.REDIS, VoucherifyRateLimiterStatus.ACTIVE,
					null, details);
		}
		details.put("since", current.since().toString());
		details.put("nextRedisAttempt", current.retryAt().toString());
		details.put("availableLocalPermits", this.fallback.getMetrics().getAvailablePermissions());
		return new VoucherifyRateLimiterStatus(VoucherifyRateLimiterStatus.REDIS,
				VoucherifyRateLimiterStatus.FALLBACK_LOCAL, "Redis is unreachable: " + current.reason(), details);
	}

	@Override
	public String toString() {
		return "RedisVoucherifyRateLimiter[key=" + this.key + ", " + this.config.getLimitForPeriod() + " per "
				+ this.config.getLimitRefreshPeriod() + "]";
	}

	private record Fallback(Instant since, Instant retryAt, String reason) {
	}

	/** Redis gave no answer in time. */
	private static final class RedisNotAnsweringException extends RuntimeException {

		RedisNotAnsweringException(String message) {
			super(message, null, false, false);
		}

	}

}
