package dev.vouchkit.voucherify.resilience;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import io.github.resilience4j.reactor.ratelimiter.operator.RateLimiterOperator;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.util.Assert;

import dev.vouchkit.voucherify.VoucherifyCircuitOpenException;
import dev.vouchkit.voucherify.VoucherifyClientRateLimitException;
import dev.vouchkit.voucherify.VoucherifyOperation;
import dev.vouchkit.voucherify.VoucherifyOperationDecorator;
import dev.vouchkit.voucherify.VouchersTemplate;

/**
 * Retries, a circuit breaker and an optional client-side rate limiter around each call of
 * {@link VouchersTemplate}, with Resilience4j: its Reactor operators for the rate limiter
 * and circuit breaker, its {@link Retry}'s own decisions for retries. Usable without Spring
 * Boot:
 * <pre class="code">
 * VouchersTemplate.builder()
 *     .appId(id).appToken(token)
 *     .decorator(VoucherifyResilienceDecorator.builder().maxAttempts(4).build())
 *     .build();
 * </pre>
 * From the inside out, one logical call is:
 * <ol>
 * <li>one HTTP attempt, already mapped to a {@code VoucherifyException};</li>
 * <li>the rate limiter, in this JVM or a {@link VoucherifySharedRateLimiter} shared by
 * every instance, per attempt, since every attempt counts against the project's
 * quota;</li>
 * <li>header pacing, per attempt: once the API's {@code X-Rate-Limit-*} headers said no
 * calls remain (see {@link #getQuota()}), the attempt waits for the reported reset, or
 * fails unsent when that is further away than the longest hold;</li>
 * <li>the retry, one instance per operation ({@code voucherify.vouchers.get}, ...), which
 * sends an attempt again only when {@link VoucherifyRetryPolicy} allows it;</li>
 * <li>the circuit breaker ({@code voucherify}, or one per operation), outside the retry so
 * that one call records one outcome, as {@link VoucherifyCircuitBreakerPolicy} classifies
 * it.</li>
 * </ol>
 * The registries are private to this decorator, so they never meet an application's own
 * Resilience4j instances; their metrics can be bound through the getters.
 * <p>
 * Header pacing needs the replies' headers: register {@link #getQuota()} with
 * {@link VouchersTemplate.Builder#exchangeListener} (the auto-configuration does).
 */
public final class VoucherifyResilienceDecorator implements VoucherifyOperationDecorator {

	/** Name of the shared circuit breaker and rate limiter; prefix of the per-operation names. */
	public static final String INSTANCE_NAME = "voucherify";

	// The builder's defaults; voucherify.* properties start from them.

	/** Most attempts per call, the first one included. */
	public static final int DEFAULT_MAX_ATTEMPTS = 3;

	/** Wait before the first retry. */
	public static final Duration DEFAULT_INITIAL_BACKOFF = Duration.ofMillis(200);

	/** Factor the wait grows by after each retry. */
	public static final double DEFAULT_BACKOFF_MULTIPLIER = 2.0;

	/** Longest wait between two attempts. */
	public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofSeconds(5);

	/** Random spread of each wait, as a fraction of it. */
	public static final double DEFAULT_JITTER = 0.5;

	/** Longest {@code Retry-After} honoured. */
	public static final Duration DEFAULT_MAX_RETRY_AFTER = Duration.ofSeconds(10);

	/** Failure rate, in percent, at or above which the circuit opens. */
	public static final float DEFAULT_FAILURE_RATE_THRESHOLD = 50;

	/** Rate of slow calls, in percent, at or above which the circuit opens. */
	public static final float DEFAULT_SLOW_CALL_RATE_THRESHOLD = 100;

	/** Duration above which a call counts as slow. */
	public static final Duration DEFAULT_SLOW_CALL_DURATION_THRESHOLD = Duration.ofSeconds(10);

	/** Number of most recent calls the rates are computed over. */
	public static final int DEFAULT_SLIDING_WINDOW_SIZE = 20;

	/** Fewest calls in the window before the rates are computed. */
	public static final int DEFAULT_MINIMUM_NUMBER_OF_CALLS = 10;

	/** Time the circuit stays open before letting trial calls through. */
	public static final Duration DEFAULT_WAIT_DURATION_IN_OPEN_STATE = Duration.ofSeconds(30);

	/** Trial calls let through while half-open. */
	public static final int DEFAULT_PERMITTED_NUMBER_OF_CALLS_IN_HALF_OPEN_STATE = 3;

	private final RetryRegistry retryRegistry;

	private final CircuitBreakerRegistry circuitBreakerRegistry;

	private final RateLimiterRegistry rateLimiterRegistry;

	private final Map<VoucherifyOperation, Retry> retries = new EnumMap<>(VoucherifyOperation.class);

	private final Map<VoucherifyOperation, CircuitBreaker> circuitBreakers = new EnumMap<>(VoucherifyOperation.class);

	private final @Nullable RateLimiter rateLimiter;

	private final @Nullable VoucherifySharedRateLimiter sharedRateLimiter;

	/** When each open circuit breaker lets trial calls through again; Resilience4j does not expose it. */
	private final Map<String, Instant> halfOpenAt = new ConcurrentHashMap<>();

	private final Duration waitInOpenState;

	private final VoucherifyQuota quota;

	/** Longest wait for the quota's reset, or {@code null} when header pacing is off. */
	private final @Nullable Duration maxQuotaHold;

	private VoucherifyResilienceDecorator(Builder builder) {
		this.quota = builder.quota;
		this.maxQuotaHold = builder.headerPacing ? builder.maxQuotaHold : null;
		this.retryRegistry = RetryRegistry.ofDefaults();
		this.circuitBreakerRegistry = CircuitBreakerRegistry.ofDefaults();
		this.rateLimiterRegistry = RateLimiterRegistry.ofDefaults();
		if (builder.retryEnabled) {
			for (VoucherifyOperation operation : calls()) {
				this.retries.put(operation, this.retryRegistry.retry(instanceName(operation), retryConfig(builder, operation)));
			}
		}
		CircuitBreakerConfig circuitBreakerConfig = builder.circuitBreakerConfig;
		this.waitInOpenState = (circuitBreakerConfig != null)
				? Duration.ofMillis(circuitBreakerConfig.getWaitIntervalFunctionInOpenState().apply(1))
				: Duration.ZERO;
		if (circuitBreakerConfig != null) {
			CircuitBreakerConfig.Builder withPolicy = CircuitBreakerConfig.from(circuitBreakerConfig)
				.recordException(VoucherifyCircuitBreakerPolicy::isServiceFailure)
				.ignoreException(VoucherifyCircuitBreakerPolicy::isIgnored);
			if (circuitBreakerConfig.getSlidingWindowType() == CircuitBreakerConfig.SlidingWindowType.COUNT_BASED
					|| circuitBreakerConfig.getSlidingWindowSize() >= 2) {
				// Calls end on every event loop at once; a window behind a lock parks them behind each other.
				withPolicy.slidingWindowSynchronizationStrategy(
						CircuitBreakerConfig.SlidingWindowSynchronizationStrategy.LOCK_FREE);
			}
			CircuitBreakerConfig config = withPolicy.build();
			CircuitBreaker shared = builder.circuitBreakerPerOperation ? null : circuitBreaker(INSTANCE_NAME, config);
			for (VoucherifyOperation operation : calls()) {
				this.circuitBreakers.put(operation,
						(shared != null) ? shared : circuitBreaker(instanceName(operation), config));
			}
		}
		this.sharedRateLimiter = builder.sharedRateLimiter;
		this.rateLimiter = (builder.rateLimiterConfig != null && builder.sharedRateLimiter == null)
				? this.rateLimiterRegistry.rateLimiter(INSTANCE_NAME, builder.rateLimiterConfig) : null;
	}

	/** Every operation but the awaits, whose polls are calls of their own. */
	private static List<VoucherifyOperation> calls() {
		return java.util.Arrays.stream(VoucherifyOperation.values()).filter((operation) -> !operation.isAwait()).toList();
	}

	/**
	 * Starts building a decorator with the defaults: 3 attempts, backoff from 200 ms
	 * doubling up to 5 s with 50 % jitter, {@code Retry-After} honoured up to 10 s, a
	 * circuit breaker opening at 50 % failures of the last 20 calls (at least 10) for 30
	 * s, no rate limiter.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * The name of an operation's own Resilience4j instances, e.g.
	 * {@code voucherify.vouchers.balance.update}.
	 * @param operation the operation
	 * @return the instance name
	 */
	public static String instanceName(VoucherifyOperation operation) {
		return INSTANCE_NAME + "." + operation.key();
	}

	@Override
	public <T> Mono<T> decorate(VoucherifyOperation operation, Mono<T> call) {
		if (operation.isAwait()) {
			// Its polls went through here already, one by one; retrying the await would start it over.
			return call;
		}
		Mono<T> decorated = call;
		RateLimiter limiter = this.rateLimiter;
		if (limiter != null) {
			decorated = decorated.transformDeferred(RateLimiterOperator.of(limiter))
				.onErrorMap(RequestNotPermitted.class, (ex) -> rateLimited(operation, limiter, ex));
		}
		VoucherifySharedRateLimiter shared = this.sharedRateLimiter;
		if (shared != null) {
			Mono<T> attempt = decorated;
			decorated = Mono.defer(() -> shared.acquirePermit(operation)).then(attempt);
		}
		Duration maxHold = this.maxQuotaHold;
		if (maxHold != null) {
			// Outside the rate limiter: a held attempt takes no permit while it waits.
			decorated = paced(operation, decorated, maxHold);
		}
		Retry retry = this.retries.get(operation);
		CircuitBreaker circuitBreaker = this.circuitBreakers.get(operation);
		if (retry == null && circuitBreaker == null) {
			return decorated;
		}
		// The breaker around the retried call: one outcome per call, whatever its attempts.
		return ResilientCall.of(decorated, circuitBreaker,
				(refused) -> circuitOpen(operation, Objects.requireNonNull(circuitBreaker), refused), retry);
	}

	private <T> Mono<T> paced(VoucherifyOperation operation, Mono<T> attempt, Duration maxHold) {
		return Mono.defer(() -> {
			Instant start = this.quota.clock().instant();
			if (this.quota.holdFor(start).isZero()) {
				return attempt;
			}
			return awaitQuotaReset(operation, start, start.plus(maxHold)).then(attempt);
		});
	}

	/** Waits until the last reply no longer says the quota is used up; checks again after each wait. */
	private Mono<Void> awaitQuotaReset(VoucherifyOperation operation, Instant start, Instant deadline) {
		return Mono.defer(() -> {
			Instant now = this.quota.clock().instant();
			Duration hold = this.quota.holdFor(now);
			if (hold.isZero()) {
				return Mono.empty();
			}
			Instant resetAt = now.plus(hold);
			if (resetAt.isAfter(deadline)) {
				return Mono.error(quotaUsedUp(operation, Duration.between(start, now), resetAt));
			}
			return Mono.delay(hold).then(awaitQuotaReset(operation, start, deadline));
		});
	}

	private VoucherifyClientRateLimitException quotaUsedUp(VoucherifyOperation operation, Duration waited,
			Instant resetAt) {
		String limit = this.quota.lastReported()
			.map(VoucherifyQuota.Report::limit)
			.map((calls) -> " of " + calls + " calls")
			.orElse("");
		return new VoucherifyClientRateLimitException(operation.methodName()
				+ " was not sent: Voucherify reported no calls left" + limit + " in the project's quota until "
				+ resetAt + ", further away than the longest hold of " + this.maxQuotaHold, operation, waited, resetAt,
				null);
	}

	/**
	 * The project's quota as the API's replies last reported it; register it with
	 * {@link VouchersTemplate.Builder#exchangeListener} so that it sees every reply.
	 * @return the quota this decorator paces calls by
	 */
	public VoucherifyQuota getQuota() {
		return this.quota;
	}

	/**
	 * Whether calls are held while the API's headers say the quota is used up.
	 * @return {@code true} when header pacing is on
	 */
	public boolean isHeaderPacing() {
		return this.maxQuotaHold != null;
	}

	/**
	 * The retry registry, for binding metrics; holds one retry per operation when retries
	 * are enabled.
	 * @return the private retry registry
	 */
	public RetryRegistry getRetryRegistry() {
		return this.retryRegistry;
	}

	/**
	 * The circuit breaker registry, for binding metrics.
	 * @return the private circuit breaker registry
	 */
	public CircuitBreakerRegistry getCircuitBreakerRegistry() {
		return this.circuitBreakerRegistry;
	}

	/**
	 * The rate limiter registry, for binding metrics.
	 * @return the private rate limiter registry
	 */
	public RateLimiterRegistry getRateLimiterRegistry() {
		return this.rateLimiterRegistry;
	}

	/**
	 * The circuit breaker guarding an operation.
	 * @param operation the operation
	 * @return the circuit breaker, or {@code null} when disabled
	 */
	public @Nullable CircuitBreaker getCircuitBreaker(VoucherifyOperation operation) {
		return this.circuitBreakers.get(operation);
	}

	/**
	 * Every distinct circuit breaker, for health reporting.
	 * @return the circuit breakers, empty when disabled
	 */
	public List<CircuitBreaker> getCircuitBreakers() {
		return List.copyOf(new LinkedHashSet<>(this.circuitBreakers.values()));
	}

	/**
	 * The retry of an operation.
	 * @param operation the operation
	 * @return the retry, or {@code null} when retries are disabled
	 */
	public @Nullable Retry getRetry(VoucherifyOperation operation) {
		return this.retries.get(operation);
	}

	/**
	 * What the client-side rate limiter is doing, read locally.
	 * @return the store, its state and details
	 */
	public VoucherifyRateLimiterStatus getRateLimiterStatus() {
		if (this.sharedRateLimiter != null) {
			return this.sharedRateLimiter.status();
		}
		RateLimiter limiter = this.rateLimiter;
		if (limiter == null) {
			return new VoucherifyRateLimiterStatus(VoucherifyRateLimiterStatus.OFF, VoucherifyRateLimiterStatus.DISABLED,
					null, Map.of());
		}
		RateLimiterConfig config = limiter.getRateLimiterConfig();
		return new VoucherifyRateLimiterStatus(VoucherifyRateLimiterStatus.LOCAL, VoucherifyRateLimiterStatus.ACTIVE,
				null, Map.of("limitForPeriod", config.getLimitForPeriod(), "limitRefreshPeriod",
						config.getLimitRefreshPeriod().toString(), "availablePermits",
						limiter.getMetrics().getAvailablePermissions()));
	}

	/**
	 * The client-side rate limiter, when its permits live in this JVM.
	 * @return the rate limiter, or {@code null} when disabled or shared
	 */
	public @Nullable RateLimiter getRateLimiter() {
		return this.rateLimiter;
	}

	private CircuitBreaker circuitBreaker(String name, CircuitBreakerConfig config) {
		CircuitBreaker circuitBreaker = this.circuitBreakerRegistry.circuitBreaker(name, config);
		circuitBreaker.getEventPublisher().onStateTransition((event) -> {
			CircuitBreaker.State to = event.getStateTransition().getToState();
			if (to == CircuitBreaker.State.OPEN) {
				this.halfOpenAt.put(name, event.getCreationTime().toInstant().plus(this.waitInOpenState));
			}
			else {
				this.halfOpenAt.remove(name);
			}
		});
		return circuitBreaker;
	}

	private VoucherifyCircuitOpenException circuitOpen(VoucherifyOperation operation, CircuitBreaker circuitBreaker,
			CallNotPermittedException ex) {
		String name = circuitBreaker.getName();
		CircuitBreaker.State state = circuitBreaker.getState();
		Instant retryAt = (state == CircuitBreaker.State.OPEN) ? this.halfOpenAt.get(name) : null;
		String when;
		if (retryAt != null) {
			long seconds = Math.max(0, Duration.between(Instant.now(), retryAt).toSeconds());
			when = "it lets trial calls through again at " + retryAt + " (in about " + seconds + "s)";
		}
		else if (state == CircuitBreaker.State.HALF_OPEN) {
			when = "its trial calls are in flight; try again once they finish";
		}
		else {
			when = "it stays " + state + " until changed by hand";
		}
		String message = operation.methodName() + " was not sent: circuit breaker '" + name + "' is " + state
				+ " because recent calls to Voucherify failed (failure rate "
				+ circuitBreaker.getMetrics().getFailureRate() + "%); " + when;
		return new VoucherifyCircuitOpenException(message, operation, name, retryAt, ex);
	}

	private static VoucherifyClientRateLimitException rateLimited(VoucherifyOperation operation, RateLimiter limiter,
			RequestNotPermitted ex) {
		RateLimiterConfig config = limiter.getRateLimiterConfig();
		return new VoucherifyClientRateLimitException(operation.methodName()
				+ " was not sent: the client-side rate limiter '" + limiter.getName() + "' allows "
				+ config.getLimitForPeriod() + " calls per " + config.getLimitRefreshPeriod()
				+ " and had no permit within " + config.getTimeoutDuration(), operation, config.getTimeoutDuration(), ex);
	}

	private static RetryConfig retryConfig(Builder builder, VoucherifyOperation operation) {
		IntervalFunction backoff = IntervalFunction.ofExponentialRandomBackoff(builder.initialBackoff,
				builder.multiplier, builder.jitter, builder.maxBackoff);
		boolean honourRetryAfter = builder.honourRetryAfter;
		Duration maxRetryAfter = builder.maxRetryAfter;
		IntervalBiFunction<Object> interval = (attempt, outcome) -> {
			Duration retryAfter = (honourRetryAfter && outcome.isLeft())
					? VoucherifyRetryPolicy.retryAfter(outcome.getLeft()) : null;
			// At least 1 ms: Resilience4j's Reactor retry treats a wait below that as "stop".
			return (retryAfter != null) ? Math.max(1, retryAfter.toMillis()) : backoff.apply(attempt);
		};
		return RetryConfig.custom()
			.maxAttempts(builder.maxAttempts.getOrDefault(operation, builder.defaultMaxAttempts))
			.intervalBiFunction(interval)
			// A Retry-After beyond the cap fails the call at once: waiting less would only earn another 429.
			.retryOnException((failure) -> VoucherifyRetryPolicy.isRetryable(operation, failure)
					&& !(honourRetryAfter && exceeds(VoucherifyRetryPolicy.retryAfter(failure), maxRetryAfter)))
			.build();
	}

	private static boolean exceeds(@Nullable Duration retryAfter, Duration cap) {
		return retryAfter != null && retryAfter.compareTo(cap) > 0;
	}

	@Override
	public String toString() {
		List<String> parts = new ArrayList<>();
		parts.add("retry=" + (this.retries.isEmpty() ? "off"
				: this.retries.get(VoucherifyOperation.GET_VOUCHER).getRetryConfig().getMaxAttempts() + " attempts"));
		parts.add("circuitBreakers=" + getCircuitBreakers().stream().map(CircuitBreaker::getName).toList());
		parts.add("rateLimiter=" + ((this.sharedRateLimiter != null) ? this.sharedRateLimiter
				: (this.rateLimiter != null) ? this.rateLimiter.getName() : "off"));
		parts.add("headerPacing=" + ((this.maxQuotaHold != null) ? "up to " + this.maxQuotaHold : "off"));
		return "VoucherifyResilienceDecorator" + parts;
	}

	/**
	 * Builds a {@link VoucherifyResilienceDecorator}.
	 */
	public static final class Builder {

		private boolean retryEnabled = true;

		private int defaultMaxAttempts = DEFAULT_MAX_ATTEMPTS;

		private final Map<VoucherifyOperation, Integer> maxAttempts = new EnumMap<>(VoucherifyOperation.class);

		private Duration initialBackoff = DEFAULT_INITIAL_BACKOFF;

		private double multiplier = DEFAULT_BACKOFF_MULTIPLIER;

		private Duration maxBackoff = DEFAULT_MAX_BACKOFF;

		private double jitter = DEFAULT_JITTER;

		private boolean honourRetryAfter = true;

		private Duration maxRetryAfter = DEFAULT_MAX_RETRY_AFTER;

		private @Nullable CircuitBreakerConfig circuitBreakerConfig = CircuitBreakerConfig.custom()
			.failureRateThreshold(DEFAULT_FAILURE_RATE_THRESHOLD)
			.slowCallRateThreshold(DEFAULT_SLOW_CALL_RATE_THRESHOLD)
			.slowCallDurationThreshold(DEFAULT_SLOW_CALL_DURATION_THRESHOLD)
			.slidingWindowSize(DEFAULT_SLIDING_WINDOW_SIZE)
			.minimumNumberOfCalls(DEFAULT_MINIMUM_NUMBER_OF_CALLS)
			.waitDurationInOpenState(DEFAULT_WAIT_DURATION_IN_OPEN_STATE)
			.permittedNumberOfCallsInHalfOpenState(DEFAULT_PERMITTED_NUMBER_OF_CALLS_IN_HALF_OPEN_STATE)
			.build();

		private boolean circuitBreakerPerOperation;

		private @Nullable RateLimiterConfig rateLimiterConfig;

		private @Nullable VoucherifySharedRateLimiter sharedRateLimiter;

		private boolean headerPacing = true;

		private Duration maxQuotaHold = Duration.ofSeconds(5);

		private final VoucherifyQuota quota = new VoucherifyQuota();

		private Builder() {
		}

		/**
		 * Whether to hold calls while the API's rate-limit headers say the project's quota
		 * is used up, until the reset they report. A call whose reset is further away than
		 * {@code maxHold} fails at once, unsent, with
		 * {@link VoucherifyClientRateLimitException}.
		 * @param enabled whether to pace by the headers (on by default)
		 * @param maxHold the longest hold (5 s by default)
		 * @return this builder
		 */
		public Builder headerPacing(boolean enabled, Duration maxHold) {
			Assert.isTrue(maxHold != null && !maxHold.isNegative(), "maxHold must not be negative");
			this.headerPacing = enabled;
			this.maxQuotaHold = maxHold;
			return this;
		}

		/**
		 * Whether failed attempts are sent again at all (as {@link VoucherifyRetryPolicy}
		 * allows).
		 * @param retryEnabled {@code false} to send every call once
		 * @return this builder
		 */
		public Builder retryEnabled(boolean retryEnabled) {
			this.retryEnabled = retryEnabled;
			return this;
		}

		/**
		 * Most attempts per call, the first one included.
		 * @param maxAttempts at least 1
		 * @return this builder
		 */
		public Builder maxAttempts(int maxAttempts) {
			this.defaultMaxAttempts = atLeastOne(maxAttempts);
			return this;
		}

		/**
		 * Most attempts per call of one operation, the first one included.
		 * @param operation the operation
		 * @param maxAttempts at least 1
		 * @return this builder
		 */
		public Builder maxAttempts(VoucherifyOperation operation, int maxAttempts) {
			Assert.notNull(operation, "operation must not be null");
			this.maxAttempts.put(operation, atLeastOne(maxAttempts));
			return this;
		}

		/**
		 * Exponential backoff between attempts: {@code initial}, then times
		 * {@code multiplier} each attempt, at most {@code max}, each wait randomly
		 * shortened or lengthened by up to {@code jitter} of itself.
		 * @param initial first wait, at least 1 ms
		 * @param multiplier at least 1
		 * @param max longest wait, not below {@code initial}
		 * @param jitter from 0 (none) to below 1
		 * @return this builder
		 */
		public Builder backoff(Duration initial, double multiplier, Duration max, double jitter) {
			return initialBackoff(initial).backoffMultiplier(multiplier).maxBackoff(max).jitter(jitter);
		}

		/**
		 * The first wait of the {@linkplain #backoff backoff}.
		 * @param initial at least 1 ms, not above the longest wait
		 * @return this builder
		 */
		public Builder initialBackoff(Duration initial) {
			Assert.isTrue(initial != null && initial.toMillis() >= 1, "initial backoff must be at least 1ms");
			this.initialBackoff = initial;
			return this;
		}

		/**
		 * The factor each wait of the {@linkplain #backoff backoff} grows by.
		 * @param multiplier at least 1
		 * @return this builder
		 */
		public Builder backoffMultiplier(double multiplier) {
			Assert.isTrue(multiplier >= 1, "multiplier must be at least 1");
			this.multiplier = multiplier;
			return this;
		}

		/**
		 * The longest wait of the {@linkplain #backoff backoff}.
		 * @param max not below the first wait
		 * @return this builder
		 */
		public Builder maxBackoff(Duration max) {
			Assert.notNull(max, "max backoff must not be null");
			checkBackoffOrder(this.initialBackoff, max);
			this.maxBackoff = max;
			return this;
		}

		private static void checkBackoffOrder(Duration initial, Duration max) {
			Assert.isTrue(max.compareTo(initial) >= 0,
					() -> "max backoff must not be below the initial backoff (" + initial + ")");
		}

		/**
		 * The random spread of each wait of the {@linkplain #backoff backoff}.
		 * @param jitter from 0 (none) to below 1, as a fraction of the wait
		 * @return this builder
		 */
		public Builder jitter(double jitter) {
			Assert.isTrue(jitter >= 0 && jitter < 1, "jitter must be at least 0 and below 1");
			this.jitter = jitter;
			return this;
		}

		/**
		 * How a 429's {@code Retry-After} is treated.
		 * @param honour whether to wait what the server asks instead of the backoff
		 * @param max the longest wait honoured; a 429 asking for more reaches the caller
		 * at once
		 * @return this builder
		 */
		public Builder retryAfter(boolean honour, Duration max) {
			Assert.isTrue(max != null && !max.isNegative(), "max Retry-After must not be negative");
			this.honourRetryAfter = honour;
			this.maxRetryAfter = max;
			return this;
		}

		/**
		 * The circuit breaker's thresholds; the outcome classification is always
		 * {@link VoucherifyCircuitBreakerPolicy}'s, whatever the config says, and its sliding
		 * window records calls without a lock (Resilience4j's {@code LOCK_FREE} strategy)
		 * wherever Resilience4j allows it (all but a time-based window of one second).
		 * @param config the config, or {@code null} for no circuit breaker
		 * @return this builder
		 */
		public Builder circuitBreaker(@Nullable CircuitBreakerConfig config) {
			this.circuitBreakerConfig = config;
			return this;
		}

		/**
		 * Whether each operation gets its own circuit breaker
		 * ({@code voucherify.vouchers.get}, ...) instead of one shared {@code voucherify}.
		 * @param perOperation {@code true} for one per operation
		 * @return this builder
		 */
		public Builder circuitBreakerPerOperation(boolean perOperation) {
			this.circuitBreakerPerOperation = perOperation;
			return this;
		}

		/**
		 * A client-side rate limiter shared by all operations, to stay under the
		 * account's quota.
		 * @param config the config, or {@code null} for none
		 * @return this builder
		 */
		public Builder rateLimiter(@Nullable RateLimiterConfig config) {
			Assert.isTrue(config == null || !config.getTimeoutDuration().isNegative(),
					"rate limiter timeout must not be negative");
			this.rateLimiterConfig = config;
			return this;
		}

		/**
		 * A client-side rate limiter whose permits every instance of the application
		 * shares, used instead of the in-JVM one of {@link #rateLimiter(RateLimiterConfig)}.
		 * @param rateLimiter the shared limiter, or {@code null} for none
		 * @return this builder
		 */
		public Builder sharedRateLimiter(@Nullable VoucherifySharedRateLimiter rateLimiter) {
			this.sharedRateLimiter = rateLimiter;
			return this;
		}

		/**
		 * Builds the decorator.
		 * @return the decorator
		 */
		public VoucherifyResilienceDecorator build() {
			checkBackoffOrder(this.initialBackoff, this.maxBackoff);
			return new VoucherifyResilienceDecorator(this);
		}

		private static int atLeastOne(int maxAttempts) {
			Assert.isTrue(maxAttempts >= 1, () -> "maxAttempts must be at least 1 (the first call counts), was "
					+ maxAttempts);
			return maxAttempts;
		}

	}

}
