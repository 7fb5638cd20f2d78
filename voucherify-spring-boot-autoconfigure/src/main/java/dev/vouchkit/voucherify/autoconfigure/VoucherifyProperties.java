package dev.vouchkit.voucherify.autoconfigure;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.util.unit.DataSize;

import dev.vouchkit.voucherify.VoucherifyConnectionPool;
import dev.vouchkit.voucherify.VoucherifyOperation;
import dev.vouchkit.voucherify.VouchersTemplate;
import dev.vouchkit.voucherify.resilience.VoucherifyResilienceDecorator;

/**
 * Configuration of the Voucherify client, under {@code voucherify.*}.
 */
@ConfigurationProperties("voucherify")
public class VoucherifyProperties {

	static final String PREFIX = "voucherify";

	private static final Pattern IP_LITERAL = Pattern.compile("[0-9.]+|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

	/**
	 * Whether to auto-configure the Voucherify client.
	 */
	private boolean enabled = true;

	/**
	 * Base URL of the Voucherify API, without /v1: https://api.voucherify.io (Europe),
	 * https://us1.api.voucherify.io (North America), https://as1.api.voucherify.io (Asia),
	 * a dedicated cluster's host, or a local emulator.
	 */
	private String baseUrl = VouchersTemplate.DEFAULT_BASE_URL;

	/**
	 * Whether a plain http base URL to a host other than loopback is allowed, sending the
	 * credentials in clear text.
	 */
	private boolean allowInsecureHttp = false;

	/**
	 * Whether reads (GET) follow redirects within the base URL's origin. The Voucherify API
	 * does not redirect its calls; a redirect to another origin, or of a call that changes
	 * state, is never followed and fails with VoucherifyRedirectException.
	 */
	private boolean followRedirects = false;

	/**
	 * Application ID of the Voucherify project's server-side key, sent as X-App-Id.
	 * Usually set through the VOUCHERIFY_APP_ID environment variable.
	 */
	private @Nullable String appId;

	/**
	 * Secret key (application token) of the Voucherify project's server-side key, sent as
	 * X-App-Token and never logged nor shown. Usually set through the VOUCHERIFY_APP_TOKEN
	 * environment variable.
	 */
	private @Nullable String appToken;

	/**
	 * Value of the X-Voucherify-Channel header, shown in Voucherify's dashboard. Defaults
	 * to this client's name and version.
	 */
	private @Nullable String channel;

	/**
	 * Time to wait for a connection to the API.
	 */
	private Duration connectTimeout = VouchersTemplate.DEFAULT_CONNECT_TIMEOUT;

	/**
	 * Time to wait for the whole reply, headers and body, once a request is sent. An
	 * attempt that times out has an unknown outcome and is only retried for idempotent
	 * operations.
	 */
	private Duration responseTimeout = VouchersTemplate.DEFAULT_RESPONSE_TIMEOUT;

	/**
	 * Largest reply body held in memory for decoding.
	 */
	private DataSize maxInMemorySize = DataSize.ofBytes(VouchersTemplate.DEFAULT_MAX_IN_MEMORY_SIZE);

	/**
	 * Longest wait of one call through the blocking view, VouchersOperations#blocking().
	 */
	private Duration blockingTimeout = VouchersTemplate.DEFAULT_BLOCKING_TIMEOUT;

	private final Retry retry = new Retry();

	private final CircuitBreaker circuitBreaker = new CircuitBreaker();

	private final RateLimiter rateLimiter = new RateLimiter();

	private final Jobs jobs = new Jobs();

	private final Reconciliation reconciliation = new Reconciliation();

	private final Observation observation = new Observation();

	private final ConnectionPool connectionPool = new ConnectionPool();

	/**
	 * Settings of single operations, keyed by the operation's method name in kebab case,
	 * e.g. voucherify.operations.import-vouchers-using-csv.response-timeout=2m or
	 * voucherify.operations.get-voucher.max-attempts=5.
	 */
	private final Map<VoucherifyOperation, Operation> operations = new LinkedHashMap<>();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public String getBaseUrl() {
		return this.baseUrl;
	}

	public void setBaseUrl(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	public boolean isAllowInsecureHttp() {
		return this.allowInsecureHttp;
	}

	public void setAllowInsecureHttp(boolean allowInsecureHttp) {
		this.allowInsecureHttp = allowInsecureHttp;
	}

	public boolean isFollowRedirects() {
		return this.followRedirects;
	}

	public void setFollowRedirects(boolean followRedirects) {
		this.followRedirects = followRedirects;
	}

	public @Nullable String getAppId() {
		return this.appId;
	}

	public void setAppId(@Nullable String appId) {
		this.appId = appId;
	}

	public @Nullable String getAppToken() {
		return this.appToken;
	}

	public void setAppToken(@Nullable String appToken) {
		this.appToken = appToken;
	}

	public @Nullable String getChannel() {
		return this.channel;
	}

	public void setChannel(@Nullable String channel) {
		this.channel = channel;
	}

	public Duration getConnectTimeout() {
		return this.connectTimeout;
	}

	public void setConnectTimeout(Duration connectTimeout) {
		this.connectTimeout = connectTimeout;
	}

	public Duration getResponseTimeout() {
		return this.responseTimeout;
	}

	public void setResponseTimeout(Duration responseTimeout) {
		this.responseTimeout = responseTimeout;
	}

	public DataSize getMaxInMemorySize() {
		return this.maxInMemorySize;
	}

	public void setMaxInMemorySize(DataSize maxInMemorySize) {
		this.maxInMemorySize = maxInMemorySize;
	}

	public Duration getBlockingTimeout() {
		return this.blockingTimeout;
	}

	public void setBlockingTimeout(Duration blockingTimeout) {
		this.blockingTimeout = blockingTimeout;
	}

	public Retry getRetry() {
		return this.retry;
	}

	public CircuitBreaker getCircuitBreaker() {
		return this.circuitBreaker;
	}

	public RateLimiter getRateLimiter() {
		return this.rateLimiter;
	}

	public Jobs getJobs() {
		return this.jobs;
	}

	public Observation getObservation() {
		return this.observation;
	}

	public Reconciliation getReconciliation() {
		return this.reconciliation;
	}

	public ConnectionPool getConnectionPool() {
		return this.connectionPool;
	}

	public Map<VoucherifyOperation, Operation> getOperations() {
		return this.operations;
	}

	/**
	 * The rules no builder owns: plain http only to loopback unless allowed, and the Redis
	 * store's settings. Every other rule on these values belongs to the builders they are
	 * mapped onto (see VoucherifyPropertiesMapper).
	 * @throws InvalidConfigurationPropertyValueException naming the property
	 */
	void validate() {
		URI uri = URI.create(this.baseUrl.trim());
		if ("http".equalsIgnoreCase(uri.getScheme()) && !this.allowInsecureHttp && !isLoopback(uri.getHost())) {
			throw invalid("base-url", this.baseUrl, "uses plain http to a host that is not loopback, which would send the"
					+ " app token in clear text; use https, or set voucherify.allow-insecure-http=true if the network"
					+ " is trusted");
		}
		Duration storeTimeout = this.rateLimiter.storeTimeout;
		if (storeTimeout == null || storeTimeout.toMillis() < 1) {
			throw invalid("rate-limiter.store-timeout", storeTimeout, "must be at least 1ms");
		}
		Duration storeRetryInterval = this.rateLimiter.storeRetryInterval;
		if (storeRetryInterval == null || storeRetryInterval.isNegative()) {
			throw invalid("rate-limiter.store-retry-interval", storeRetryInterval, "must not be negative");
		}
		if (this.rateLimiter.store == RateLimiter.Store.REDIS && !this.rateLimiter.enabled) {
			throw invalid("rate-limiter.store", this.rateLimiter.store, "needs voucherify.rate-limiter.enabled=true");
		}
		this.operations.keySet().stream().filter(VoucherifyOperation::isAwait).findFirst().ifPresent((operation) -> {
			throw invalid("operations." + kebab(operation) + ".*", kebab(operation), "does not exist: an await is made of"
					+ " polls, each a call of its own; tune voucherify.operations.get-async-action.* or get-export.* and"
					+ " voucherify.jobs.*");
		});
	}

	private static InvalidConfigurationPropertyValueException invalid(String name, @Nullable Object value,
			String reason) {
		return new InvalidConfigurationPropertyValueException(PREFIX + "." + name, value,
				PREFIX + "." + name + " " + reason);
	}

	/** Loopback by name or by IP literal; a host name other than localhost is never resolved here. */
	static boolean isLoopback(String host) {
		String bare = (host.startsWith("[") && host.endsWith("]")) ? host.substring(1, host.length() - 1) : host;
		if (bare.equalsIgnoreCase("localhost")) {
			return true;
		}
		if (!IP_LITERAL.matcher(bare).matches()) {
			return false;
		}
		try {
			return InetAddress.getByName(bare).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

	static String kebab(VoucherifyOperation operation) {
		return operation.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	@Override
	public String toString() {
		// The token is a secret: only whether it is set.
		return "VoucherifyProperties[enabled=" + this.enabled + ", baseUrl=" + this.baseUrl + ", appId=" + this.appId
				+ ", appToken=" + ((this.appToken != null) ? "******" : "null") + "]";
	}

	/**
	 * Retries of failed attempts, as dev.vouchkit.voucherify.resilience.VoucherifyRetryPolicy
	 * decides.
	 */
	public static class Retry {

		/**
		 * Whether to send failed attempts again: idempotent operations after connection
		 * failures, response timeouts, 429, 502, 503 and 504; state-changing operations
		 * (balance update, CSV import, transactions export) only when the request never
		 * reached the server or was rejected with 429. Other 4xx and 500 are never
		 * retried.
		 */
		private boolean enabled = true;

		/**
		 * Most attempts per call, the first call included: 3 means the first call and up
		 * to 2 retries.
		 */
		private int maxAttempts = VoucherifyResilienceDecorator.DEFAULT_MAX_ATTEMPTS;

		/**
		 * Wait before the first retry.
		 */
		private Duration initialBackoff = VoucherifyResilienceDecorator.DEFAULT_INITIAL_BACKOFF;

		/**
		 * Factor the wait grows by after each retry.
		 */
		private double multiplier = VoucherifyResilienceDecorator.DEFAULT_BACKOFF_MULTIPLIER;

		/**
		 * Longest wait between two attempts.
		 */
		private Duration maxBackoff = VoucherifyResilienceDecorator.DEFAULT_MAX_BACKOFF;

		/**
		 * Random spread of each wait, as a fraction of it, from 0 (none) to below 1.
		 */
		private double jitter = VoucherifyResilienceDecorator.DEFAULT_JITTER;

		/**
		 * Whether to wait what a 429 reply's Retry-After header asks, instead of the
		 * backoff.
		 */
		private boolean honourRetryAfter = true;

		/**
		 * Longest Retry-After honoured; a 429 asking for a longer wait reaches the caller
		 * at once.
		 */
		private Duration maxRetryAfter = VoucherifyResilienceDecorator.DEFAULT_MAX_RETRY_AFTER;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public int getMaxAttempts() {
			return this.maxAttempts;
		}

		public void setMaxAttempts(int maxAttempts) {
			this.maxAttempts = maxAttempts;
		}

		public Duration getInitialBackoff() {
			return this.initialBackoff;
		}

		public void setInitialBackoff(Duration initialBackoff) {
			this.initialBackoff = initialBackoff;
		}

		public double getMultiplier() {
			return this.multiplier;
		}

		public void setMultiplier(double multiplier) {
			this.multiplier = multiplier;
		}

		public Duration getMaxBackoff() {
			return this.maxBackoff;
		}

		public void setMaxBackoff(Duration maxBackoff) {
			this.maxBackoff = maxBackoff;
		}

		public double getJitter() {
			return this.jitter;
		}

		public void setJitter(double jitter) {
			this.jitter = jitter;
		}

		public boolean isHonourRetryAfter() {
			return this.honourRetryAfter;
		}

		public void setHonourRetryAfter(boolean honourRetryAfter) {
			this.honourRetryAfter = honourRetryAfter;
		}

		public Duration getMaxRetryAfter() {
			return this.maxRetryAfter;
		}

		public void setMaxRetryAfter(Duration maxRetryAfter) {
			this.maxRetryAfter = maxRetryAfter;
		}

	}

	/**
	 * Circuit breaker around each call, retries included.
	 */
	public static class CircuitBreaker {

		/**
		 * Whether calls fail at once, without being sent, while recent calls mostly
		 * failed. Failures are 5xx replies, timeouts and transport errors, never 4xx.
		 */
		private boolean enabled = true;

		/**
		 * Failure rate, in percent, at or above which the circuit opens.
		 */
		private float failureRateThreshold = VoucherifyResilienceDecorator.DEFAULT_FAILURE_RATE_THRESHOLD;

		/**
		 * Rate of slow calls, in percent, at or above which the circuit opens.
		 */
		private float slowCallRateThreshold = VoucherifyResilienceDecorator.DEFAULT_SLOW_CALL_RATE_THRESHOLD;

		/**
		 * Duration above which a call counts as slow.
		 */
		private Duration slowCallDurationThreshold = VoucherifyResilienceDecorator.DEFAULT_SLOW_CALL_DURATION_THRESHOLD;

		/**
		 * Number of most recent calls the rates are computed over.
		 */
		private int slidingWindowSize = VoucherifyResilienceDecorator.DEFAULT_SLIDING_WINDOW_SIZE;

		/**
		 * Fewest calls in the window before the rates are computed.
		 */
		private int minimumNumberOfCalls = VoucherifyResilienceDecorator.DEFAULT_MINIMUM_NUMBER_OF_CALLS;

		/**
		 * Time the circuit stays open, failing calls at once, before letting trial calls
		 * through.
		 */
		private Duration waitDurationInOpenState = VoucherifyResilienceDecorator.DEFAULT_WAIT_DURATION_IN_OPEN_STATE;

		/**
		 * Number of trial calls let through while half-open; their outcome closes or
		 * reopens the circuit.
		 */
		private int permittedNumberOfCallsInHalfOpenState = VoucherifyResilienceDecorator.DEFAULT_PERMITTED_NUMBER_OF_CALLS_IN_HALF_OPEN_STATE;

		/**
		 * Whether each operation gets its own circuit breaker, named
		 * after the operation (voucherify.vouchers.get, ...), instead of one named voucherify
		 * shared by all.
		 */
		private boolean perOperation = false;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public float getFailureRateThreshold() {
			return this.failureRateThreshold;
		}

		public void setFailureRateThreshold(float failureRateThreshold) {
			this.failureRateThreshold = failureRateThreshold;
		}

		public float getSlowCallRateThreshold() {
			return this.slowCallRateThreshold;
		}

		public void setSlowCallRateThreshold(float slowCallRateThreshold) {
			this.slowCallRateThreshold = slowCallRateThreshold;
		}

		public Duration getSlowCallDurationThreshold() {
			return this.slowCallDurationThreshold;
		}

		public void setSlowCallDurationThreshold(Duration slowCallDurationThreshold) {
			this.slowCallDurationThreshold = slowCallDurationThreshold;
		}

		public int getSlidingWindowSize() {
			return this.slidingWindowSize;
		}

		public void setSlidingWindowSize(int slidingWindowSize) {
			this.slidingWindowSize = slidingWindowSize;
		}

		public int getMinimumNumberOfCalls() {
			return this.minimumNumberOfCalls;
		}

		public void setMinimumNumberOfCalls(int minimumNumberOfCalls) {
			this.minimumNumberOfCalls = minimumNumberOfCalls;
		}

		public Duration getWaitDurationInOpenState() {
			return this.waitDurationInOpenState;
		}

		public void setWaitDurationInOpenState(Duration waitDurationInOpenState) {
			this.waitDurationInOpenState = waitDurationInOpenState;
		}

		public int getPermittedNumberOfCallsInHalfOpenState() {
			return this.permittedNumberOfCallsInHalfOpenState;
		}

		public void setPermittedNumberOfCallsInHalfOpenState(int permittedNumberOfCallsInHalfOpenState) {
			this.permittedNumberOfCallsInHalfOpenState = permittedNumberOfCallsInHalfOpenState;
		}

		public boolean isPerOperation() {
			return this.perOperation;
		}

		public void setPerOperation(boolean perOperation) {
			this.perOperation = perOperation;
		}

	}

	/**
	 * Client-side rate limiter shared by all operations.
	 */
	public static class RateLimiter {

		/**
		 * Whether to hold calls back on the client to stay under the account's quota
		 * (100 or 2,000 calls per minute, depending on the plan). Every attempt, retries
		 * included, takes a permit.
		 */
		private boolean enabled = false;

		/**
		 * Calls allowed per period.
		 */
		private int limitForPeriod = 100;

		/**
		 * Length of a period.
		 */
		private Duration limitRefreshPeriod = Duration.ofMinutes(1);

		/**
		 * Longest wait for a permit, or for the quota's reset under header pacing, before a
		 * call fails, unsent, with VoucherifyClientRateLimitException.
		 */
		private Duration timeoutDuration = Duration.ofSeconds(5);

		/**
		 * Whether to hold calls, also with the rate limiter disabled, once the API's
		 * X-Rate-Limit-Remaining header says the project has no calls left, until the
		 * reset its X-Rate-Limit-Retry header reports. The API counts every instance of
		 * the application, so this keeps a whole fleet from running into 429s.
		 */
		private boolean headerPacing = true;

		/**
		 * Where the permits live: local (this JVM, Resilience4j) or redis (one token bucket
		 * per Voucherify project shared by every instance, on the application's Spring Data
		 * Redis Lettuce connection; needs com.bucket4j:bucket4j_jdk17-lettuce).
		 */
		private Store store = Store.LOCAL;

		/**
		 * Longest wait for an answer from the shared store (the first connection may take
		 * up to spring.data.redis.connect-timeout); past it, and on any store error, the
		 * instance limits itself with the local limiter and says so in health and logs.
		 */
		private Duration storeTimeout = Duration.ofSeconds(1);

		/**
		 * How long an instance stays on the local limiter after the shared store failed,
		 * before a call tries the store again.
		 */
		private Duration storeRetryInterval = Duration.ofSeconds(10);

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public int getLimitForPeriod() {
			return this.limitForPeriod;
		}

		public void setLimitForPeriod(int limitForPeriod) {
			this.limitForPeriod = limitForPeriod;
		}

		public Duration getLimitRefreshPeriod() {
			return this.limitRefreshPeriod;
		}

		public void setLimitRefreshPeriod(Duration limitRefreshPeriod) {
			this.limitRefreshPeriod = limitRefreshPeriod;
		}

		public Duration getTimeoutDuration() {
			return this.timeoutDuration;
		}

		public void setTimeoutDuration(Duration timeoutDuration) {
			this.timeoutDuration = timeoutDuration;
		}

		public boolean isHeaderPacing() {
			return this.headerPacing;
		}

		public void setHeaderPacing(boolean headerPacing) {
			this.headerPacing = headerPacing;
		}

		public Store getStore() {
			return this.store;
		}

		public void setStore(Store store) {
			this.store = store;
		}

		public Duration getStoreTimeout() {
			return this.storeTimeout;
		}

		public void setStoreTimeout(Duration storeTimeout) {
			this.storeTimeout = storeTimeout;
		}

		public Duration getStoreRetryInterval() {
			return this.storeRetryInterval;
		}

		public void setStoreRetryInterval(Duration storeRetryInterval) {
			this.storeRetryInterval = storeRetryInterval;
		}

		/**
		 * Where the rate limiter's permits live.
		 */
		public enum Store {

			/** In this JVM: each instance has the whole limit. */
			LOCAL,

			/** In Redis: every instance shares one limit. */
			REDIS

		}

	}

	/**
	 * How awaits of async jobs (a CSV import, an export) poll.
	 */
	public static class Jobs {

		/**
		 * Wait after the first poll of an await; each later wait is longer by the
		 * multiplier, up to the max interval.
		 */
		private Duration initialInterval = VouchersTemplate.DEFAULT_JOB_INITIAL_INTERVAL;

		/**
		 * Factor each wait between two polls grows by.
		 */
		private double multiplier = VouchersTemplate.DEFAULT_JOB_MULTIPLIER;

		/**
		 * Longest wait between two polls.
		 */
		private Duration maxInterval = VouchersTemplate.DEFAULT_JOB_MAX_INTERVAL;

		/**
		 * Longest an await polls in all before it fails with
		 * VoucherifyJobTimeoutException; the job itself goes on.
		 */
		private Duration timeout = VouchersTemplate.DEFAULT_JOB_TIMEOUT;

		public Duration getInitialInterval() {
			return this.initialInterval;
		}

		public void setInitialInterval(Duration initialInterval) {
			this.initialInterval = initialInterval;
		}

		public double getMultiplier() {
			return this.multiplier;
		}

		public void setMultiplier(double multiplier) {
			this.multiplier = multiplier;
		}

		public Duration getMaxInterval() {
			return this.maxInterval;
		}

		public void setMaxInterval(Duration maxInterval) {
			this.maxInterval = maxInterval;
		}

		public Duration getTimeout() {
			return this.timeout;
		}

		public void setTimeout(Duration timeout) {
			this.timeout = timeout;
		}

	}

	/**
	 * Observation of the client's calls. Each call is always observed once, as
	 * voucherify.client.operation, spanning its retries.
	 */
	public static class Observation {

		/**
		 * Whether each HTTP attempt is also observed as Spring Boot's http.client.requests,
		 * as a child of its call's voucherify.client.operation observation. Off, a call is
		 * observed once instead of once plus once per attempt, which halves what observing
		 * it costs.
		 */
		private boolean httpClientRequests = false;

		public boolean isHttpClientRequests() {
			return this.httpClientRequests;
		}

		public void setHttpClientRequests(boolean httpClientRequests) {
			this.httpClientRequests = httpClientRequests;
		}

	}

	/**
	 * Connections of the API's calls, when the application's HTTP connector is Reactor
	 * Netty's.
	 */
	public static class ConnectionPool {

		/**
		 * Whether the API's calls get a connection pool of their own, kept per event loop
		 * and leased most recently used first, so that a call made on an event loop is
		 * written and answered on it. Off, they share the application's pool, as its
		 * connector builder configures it.
		 */
		private boolean enabled = true;

		/**
		 * How long a connection may stay unused before it is closed rather than leased; keep
		 * it below the keep-alive timeout of whatever is between the application and the API.
		 */
		private Duration maxIdleTime = VoucherifyConnectionPool.DEFAULT_MAX_IDLE_TIME;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public Duration getMaxIdleTime() {
			return this.maxIdleTime;
		}

		public void setMaxIdleTime(Duration maxIdleTime) {
			this.maxIdleTime = maxIdleTime;
		}

	}

	/**
	 * Settling balance updates whose reply was lost, by their source_id.
	 */
	public static class Reconciliation {

		/**
		 * Whether a balance update whose reply was lost (a reset after the request was
		 * written, a response timeout, 500, 502, 503, 504) is settled by looking for its
		 * source_id among the voucher's transactions, instead of failing with an unknown
		 * outcome.
		 */
		private boolean enabled = true;

		/**
		 * Wait before the transactions are read a second time when the first search found
		 * nothing, for a request Voucherify may still be applying; not found then, the
		 * update counts as not applied.
		 */
		private Duration settleDelay = VouchersTemplate.DEFAULT_SETTLE_DELAY;

		/**
		 * How far before an attempt's start, by this host's clock, the search for its
		 * transaction goes: a margin for this host's and Voucherify's clocks disagreeing.
		 */
		private Duration lookBack = VouchersTemplate.DEFAULT_LOOK_BACK;

		/**
		 * Whether a balance update found not applied is sent once more with the same
		 * source_id (and reconciled again should that reply be lost too), instead of
		 * failing with VoucherifyBalanceNotAppliedException.
		 */
		private boolean resendNotApplied = false;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public Duration getSettleDelay() {
			return this.settleDelay;
		}

		public void setSettleDelay(Duration settleDelay) {
			this.settleDelay = settleDelay;
		}

		public Duration getLookBack() {
			return this.lookBack;
		}

		public void setLookBack(Duration lookBack) {
			this.lookBack = lookBack;
		}

		public boolean isResendNotApplied() {
			return this.resendNotApplied;
		}

		public void setResendNotApplied(boolean resendNotApplied) {
			this.resendNotApplied = resendNotApplied;
		}

	}

	/**
	 * Settings of one operation that replace the client-wide ones.
	 */
	public static class Operation {

		/**
		 * Response timeout of this operation, instead of voucherify.response-timeout.
		 */
		private @Nullable Duration responseTimeout;

		/**
		 * Most attempts per call of this operation, the first call included, instead of
		 * voucherify.retry.max-attempts.
		 */
		private @Nullable Integer maxAttempts;

		public @Nullable Duration getResponseTimeout() {
			return this.responseTimeout;
		}

		public void setResponseTimeout(@Nullable Duration responseTimeout) {
			this.responseTimeout = responseTimeout;
		}

		public @Nullable Integer getMaxAttempts() {
			return this.maxAttempts;
		}

		public void setMaxAttempts(@Nullable Integer maxAttempts) {
			this.maxAttempts = maxAttempts;
		}

	}

}
