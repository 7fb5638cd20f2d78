package dev.vouchkit.voucherify.autoconfigure;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;

import org.springframework.boot.context.properties.PropertyMapper;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

import dev.vouchkit.voucherify.VoucherifyOperation;
import dev.vouchkit.voucherify.VouchersTemplate;
import dev.vouchkit.voucherify.resilience.VoucherifyResilienceDecorator;

/**
 * Maps {@code voucherify.*} onto the builders. The builders hold the defaults (the properties
 * start from them) and the rules: a value a builder rejects fails the start with an
 * {@link InvalidConfigurationPropertyValueException} naming the property.
 */
final class VoucherifyPropertiesMapper {

	private final VoucherifyProperties properties;

	private final PropertyMapper map = PropertyMapper.get();

	VoucherifyPropertiesMapper(VoucherifyProperties properties) {
		this.properties = properties;
	}

	/**
	 * Maps every value once onto throwaway builders, then checks the rules no builder owns,
	 * so that a nonsense value fails the start.
	 */
	void check() {
		applyTo(VouchersTemplate.builder());
		resilience();
		this.properties.validate();
	}

	/** The connection settings: base URL, timeouts, buffer size, channel, redirects. */
	VouchersTemplate.Builder applyTo(VouchersTemplate.Builder template) {
		VoucherifyProperties properties = this.properties;
		this.map.from(properties::getBaseUrl).to(checked("base-url", template::baseUrl));
		this.map.from(properties::getConnectTimeout).to(checked("connect-timeout", template::connectTimeout));
		this.map.from(properties::getResponseTimeout).to(checked("response-timeout", template::responseTimeout));
		this.map.from(properties::getBlockingTimeout).to(checked("blocking-timeout", template::blockingTimeout));
		this.map.from(properties::getMaxInMemorySize)
			.to(checked("max-in-memory-size", (size) -> template.maxInMemorySize(Math.toIntExact(size.toBytes()))));
		this.map.from(properties::getChannel).whenHasText().to(template::channel);
		this.map.from(properties::isFollowRedirects).to(template::followRedirects);
		properties.getOperations()
			.forEach((operation, settings) -> this.map.from(settings::getResponseTimeout)
				.to(checked(operationProperty(operation, "response-timeout"),
						(timeout) -> template.responseTimeout(operation, timeout))));
		VoucherifyProperties.Reconciliation reconciliation = properties.getReconciliation();
		this.map.from(reconciliation::isEnabled).to(template::balanceReconciliation);
		this.map.from(reconciliation::getSettleDelay)
			.to(checked("reconciliation.settle-delay", template::reconciliationSettleDelay));
		this.map.from(reconciliation::getLookBack)
			.to(checked("reconciliation.look-back", template::reconciliationLookBack));
		this.map.from(reconciliation::isResendNotApplied).to(template::resendNotAppliedBalanceUpdates);
		jobPolling(template);
		return template;
	}

	/**
	 * The await settings go to the builder together; its rule names the parameter it
	 * rejects, which names the property.
	 */
	private void jobPolling(VouchersTemplate.Builder template) {
		VoucherifyProperties.Jobs jobs = this.properties.getJobs();
		try {
			template.jobPolling(jobs.getInitialInterval(), jobs.getMultiplier(), jobs.getMaxInterval(), jobs.getTimeout());
		}
		catch (IllegalArgumentException ex) {
			String parameter = String.valueOf(ex.getMessage()).split(" ", 2)[0];
			Map<String, Object> properties = new LinkedHashMap<>();
			properties.put("initial-interval", jobs.getInitialInterval());
			properties.put("multiplier", jobs.getMultiplier());
			properties.put("max-interval", jobs.getMaxInterval());
			properties.put("timeout", jobs.getTimeout());
			String property = properties.keySet()
				.stream()
				.filter((name) -> kebab(parameter).equals(name))
				.findFirst()
				.orElse("*");
			String name = VoucherifyProperties.PREFIX + ".jobs." + property;
			throw new InvalidConfigurationPropertyValueException(name, properties.get(property),
					name + ": " + ex.getMessage());
		}
	}

	private static String kebab(String camelCase) {
		return camelCase.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
	}

	/** Retries, circuit breaker and rate limiter. */
	VoucherifyResilienceDecorator.Builder resilience() {
		VoucherifyResilienceDecorator.Builder builder = VoucherifyResilienceDecorator.builder();
		VoucherifyProperties.Retry retry = this.properties.getRetry();
		this.map.from(retry::isEnabled).to(builder::retryEnabled);
		this.map.from(retry::getMaxAttempts).to(checked("retry.max-attempts", builder::maxAttempts));
		this.map.from(retry::getInitialBackoff).to(checked("retry.initial-backoff", builder::initialBackoff));
		this.map.from(retry::getMultiplier).to(checked("retry.multiplier", builder::backoffMultiplier));
		this.map.from(retry::getMaxBackoff).to(checked("retry.max-backoff", builder::maxBackoff));
		this.map.from(retry::getJitter).to(checked("retry.jitter", builder::jitter));
		this.map.from(retry::getMaxRetryAfter)
			.to(checked("retry.max-retry-after", (max) -> builder.retryAfter(retry.isHonourRetryAfter(), max)));
		this.properties.getOperations()
			.forEach((operation, settings) -> this.map.from(settings::getMaxAttempts)
				.to(checked(operationProperty(operation, "max-attempts"),
						(attempts) -> builder.maxAttempts(operation, attempts))));
		// Both are configured, enabled or not, so that their values are checked either way.
		CircuitBreakerConfig circuitBreaker = circuitBreakerConfig();
		builder.circuitBreaker(this.properties.getCircuitBreaker().isEnabled() ? circuitBreaker : null);
		builder.circuitBreakerPerOperation(this.properties.getCircuitBreaker().isPerOperation());
		checked("rate-limiter.timeout-duration", builder::rateLimiter).accept(rateLimiterConfig());
		if (!this.properties.getRateLimiter().isEnabled()) {
			builder.rateLimiter(null);
		}
		return builder;
	}

	private CircuitBreakerConfig circuitBreakerConfig() {
		VoucherifyProperties.CircuitBreaker properties = this.properties.getCircuitBreaker();
		CircuitBreakerConfig.Builder config = CircuitBreakerConfig.custom()
			.slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED);
		String prefix = "circuit-breaker.";
		this.map.from(properties::getFailureRateThreshold)
			.to(checked(prefix + "failure-rate-threshold", config::failureRateThreshold));
		this.map.from(properties::getSlowCallRateThreshold)
			.to(checked(prefix + "slow-call-rate-threshold", config::slowCallRateThreshold));
		this.map.from(properties::getSlowCallDurationThreshold)
			.to(checked(prefix + "slow-call-duration-threshold", config::slowCallDurationThreshold));
		this.map.from(properties::getSlidingWindowSize)
			.to(checked(prefix + "sliding-window-size", config::slidingWindowSize));
		this.map.from(properties::getMinimumNumberOfCalls)
			.to(checked(prefix + "minimum-number-of-calls", config::minimumNumberOfCalls));
		this.map.from(properties::getWaitDurationInOpenState)
			.to(checked(prefix + "wait-duration-in-open-state", config::waitDurationInOpenState));
		this.map.from(properties::getPermittedNumberOfCallsInHalfOpenState)
			.to(checked(prefix + "permitted-number-of-calls-in-half-open-state",
					config::permittedNumberOfCallsInHalfOpenState));
		return config.build();
	}

	/** The local rate limiter's config, which the Redis store shares. */
	RateLimiterConfig rateLimiterConfig() {
		VoucherifyProperties.RateLimiter properties = this.properties.getRateLimiter();
		RateLimiterConfig.Builder config = RateLimiterConfig.custom();
		this.map.from(properties::getLimitForPeriod).to(checked("rate-limiter.limit-for-period", config::limitForPeriod));
		this.map.from(properties::getLimitRefreshPeriod)
			.to(checked("rate-limiter.limit-refresh-period", config::limitRefreshPeriod));
		this.map.from(properties::getTimeoutDuration)
			.to(checked("rate-limiter.timeout-duration", config::timeoutDuration));
		return config.build();
	}

	private static String operationProperty(VoucherifyOperation operation, String name) {
		return "operations." + VoucherifyProperties.kebab(operation) + "." + name;
	}

	/** The setter, failing with the property's name when it rejects the value. */
	private static <T> Consumer<T> checked(String property, Consumer<T> setter) {
		return (value) -> {
			try {
				setter.accept(value);
			}
			catch (IllegalArgumentException | ArithmeticException | NullPointerException ex) {
				String name = VoucherifyProperties.PREFIX + "." + property;
				throw new InvalidConfigurationPropertyValueException(name, value, name + ": " + ex.getMessage());
			}
		};
	}

}
