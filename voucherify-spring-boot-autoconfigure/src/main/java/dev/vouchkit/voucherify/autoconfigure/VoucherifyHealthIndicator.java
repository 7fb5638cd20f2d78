package dev.vouchkit.voucherify.autoconfigure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

import dev.vouchkit.voucherify.resilience.VoucherifyRateLimiterStatus;
import dev.vouchkit.voucherify.resilience.VoucherifyResilienceDecorator;

/**
 * The {@code voucherify} health contributor: the state of the client's circuit breakers,
 * of its rate limiter (a shared store that is unreachable shows as
 * {@code FALLBACK_LOCAL} with the reason) and the quota as last reported, all read
 * locally, never by calling the API (a health probe must not spend the account's quota
 * nor fail with Voucherify).
 * <p>
 * An open circuit reports {@value #CIRCUIT_OPEN}, a status Boot's aggregation ignores
 * unless it is listed in {@code management.endpoint.health.status.order}, so an outage at
 * Voucherify does not make the application's own health DOWN (and get it restarted).
 */
public class VoucherifyHealthIndicator implements HealthIndicator {

	/** Status code of an open circuit. */
	public static final String CIRCUIT_OPEN = "CIRCUIT_OPEN";

	private final VoucherifyResilienceDecorator resilience;

	public VoucherifyHealthIndicator(VoucherifyResilienceDecorator resilience) {
		this.resilience = resilience;
	}

	@Override
	public Health health() {
		Health.Builder health = circuitBreakers();
		VoucherifyRateLimiterStatus rateLimiter = this.resilience.getRateLimiterStatus();
		Map<String, Object> limiter = new LinkedHashMap<>();
		limiter.put("store", rateLimiter.store());
		limiter.put("state", rateLimiter.state());
		if (rateLimiter.reason() != null) {
			limiter.put("reason", rateLimiter.reason());
		}
		health.withDetail("rateLimiter", limiter);
		this.resilience.getQuota().lastReported().ifPresent((quota) -> health.withDetail("quota", quota));
		return health.build();
	}

	private Health.Builder circuitBreakers() {
		List<CircuitBreaker> circuitBreakers = this.resilience.getCircuitBreakers();
		if (circuitBreakers.isEmpty()) {
			return Health.up().withDetail("circuitBreaker", "disabled");
		}
		boolean open = false;
		Map<String, Object> details = new LinkedHashMap<>();
		for (CircuitBreaker circuitBreaker : circuitBreakers) {
			CircuitBreaker.State state = circuitBreaker.getState();
			open |= state == CircuitBreaker.State.OPEN || state == CircuitBreaker.State.FORCED_OPEN;
			CircuitBreaker.Metrics metrics = circuitBreaker.getMetrics();
			Map<String, Object> detail = new LinkedHashMap<>();
			detail.put("state", state.name());
			detail.put("failureRate", rate(metrics.getFailureRate()));
			detail.put("slowCallRate", rate(metrics.getSlowCallRate()));
			detail.put("bufferedCalls", metrics.getNumberOfBufferedCalls());
			detail.put("failedCalls", metrics.getNumberOfFailedCalls());
			detail.put("notPermittedCalls", metrics.getNumberOfNotPermittedCalls());
			details.put(circuitBreaker.getName(), detail);
		}
		Status status = open ? new Status(CIRCUIT_OPEN, "Calls to Voucherify fail fast until the circuit half-opens")
				: Status.UP;
		return Health.status(status).withDetail("circuitBreakers", details);
	}

	/** Resilience4j reports -1 until the window holds its minimum number of calls. */
	private static String rate(float percent) {
		return (percent < 0) ? "not yet measured" : percent + "%";
	}

}
