package dev.vouchkit.voucherify.resilience;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What the client-side rate limiter is doing, for health and the Actuator endpoint.
 *
 * @param store where the permits live: {@value #LOCAL}, {@value #REDIS}, or
 * {@value #OFF} when there is no client-side limiter
 * @param state {@value #ACTIVE} when limiting as configured, {@value #FALLBACK_LOCAL}
 * when a shared store is unreachable and this instance limits itself alone,
 * {@value #DISABLED} when off
 * @param reason why the state is not {@value #ACTIVE}, e.g. the store's error
 * @param details store-specific values such as available permits or the bucket's key
 */
public record VoucherifyRateLimiterStatus(String store, String state, @Nullable String reason,
		Map<String, Object> details) {

	/** Permits in this JVM only. */
	public static final String LOCAL = "local";

	/** Permits in Redis, shared by every instance. */
	public static final String REDIS = "redis";

	/** No client-side limiter. */
	public static final String OFF = "off";

	/** Limiting as configured. */
	public static final String ACTIVE = "ACTIVE";

	/** The shared store is unreachable: limiting with this instance's own limiter. */
	public static final String FALLBACK_LOCAL = "FALLBACK_LOCAL";

	/** Not limiting on the client. */
	public static final String DISABLED = "DISABLED";

	public VoucherifyRateLimiterStatus {
		details = Map.copyOf(details);
	}

}
