package dev.vouchkit.voucherify.actuate;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

import dev.vouchkit.voucherify.VoucherifyClientInfo;
import dev.vouchkit.voucherify.VoucherifyExchange;
import dev.vouchkit.voucherify.observation.VoucherifyRecentCalls;
import dev.vouchkit.voucherify.resilience.VoucherifyQuota;
import dev.vouchkit.voucherify.resilience.VoucherifyRateLimiterStatus;
import dev.vouchkit.voucherify.resilience.VoucherifyResilienceDecorator;

/**
 * The {@code voucherify} Actuator endpoint ({@code /actuator/voucherify}): where the
 * client calls, its version, the project's quota as the API last reported it, the
 * client-side rate limiter and circuit breakers, and the last few calls. Everything is
 * read locally, nothing calls the API; it shows no credential and no voucher code.
 */
@Endpoint(id = "voucherify")
public class VoucherifyEndpoint {

	private final URI baseUrl;

	private final VoucherifyResilienceDecorator resilience;

	private final VoucherifyRecentCalls recentCalls;

	public VoucherifyEndpoint(URI baseUrl, VoucherifyResilienceDecorator resilience,
			VoucherifyRecentCalls recentCalls) {
		this.baseUrl = baseUrl;
		this.resilience = resilience;
		this.recentCalls = recentCalls;
	}

	@ReadOperation
	public VoucherifyDescriptor voucherify() {
		Map<String, String> circuitBreakers = new LinkedHashMap<>();
		for (CircuitBreaker circuitBreaker : this.resilience.getCircuitBreakers()) {
			circuitBreakers.put(circuitBreaker.getName(), circuitBreaker.getState().name());
		}
		VoucherifyQuota quota = this.resilience.getQuota();
		Duration hold = quota.holdFor();
		HeaderPacing pacing = new HeaderPacing(this.resilience.isHeaderPacing(),
				(this.resilience.isHeaderPacing() && !hold.isZero()) ? Instant.now().plus(hold) : null);
		List<Call> calls = this.recentCalls.list().stream().map(Call::of).toList();
		return new VoucherifyDescriptor(this.baseUrl.toString(), region(this.baseUrl), VoucherifyClientInfo.VERSION,
				quota.lastReported().orElse(null), pacing, this.resilience.getRateLimiterStatus(), circuitBreakers,
				calls);
	}

	/**
	 * Voucherify's cluster, from the base URL's host.
	 * @param baseUrl the base URL
	 * @return {@code eu} for {@code api.voucherify.io}, {@code us1} or {@code as1} (or a
	 * dedicated cluster's name) for {@code <name>.api.voucherify.io}, else {@code other}
	 * (an emulator or a proxy)
	 */
	static String region(URI baseUrl) {
		String host = (baseUrl.getHost() != null) ? baseUrl.getHost().toLowerCase(Locale.ROOT) : "";
		if (host.equals("api.voucherify.io")) {
			return "eu";
		}
		if (host.endsWith(".api.voucherify.io")) {
			return host.substring(0, host.length() - ".api.voucherify.io".length());
		}
		return "other";
	}

	/**
	 * The endpoint's reply.
	 *
	 * @param baseUrl where the client calls
	 * @param region Voucherify's cluster: {@code eu}, {@code us1}, {@code as1}, a
	 * dedicated cluster's name, or {@code other}
	 * @param clientVersion this client's version
	 * @param quota the project's quota as the last reply with rate-limit headers said,
	 * {@code null} before the first
	 * @param headerPacing whether calls are held by those headers, and until when
	 * @param rateLimiter the client-side rate limiter's store and state
	 * @param circuitBreakers each circuit breaker's state, by name
	 * @param recentCalls the last HTTP attempts, newest first
	 */
	public record VoucherifyDescriptor(String baseUrl, String region, String clientVersion,
			VoucherifyQuota.@Nullable Report quota, HeaderPacing headerPacing, VoucherifyRateLimiterStatus rateLimiter,
			Map<String, String> circuitBreakers, List<Call> recentCalls) implements OperationResponseBody {

	}

	/**
	 * Header pacing.
	 *
	 * @param enabled whether calls wait while the API says the quota is used up
	 * @param holdingUntil when held calls go again, or {@code null} when none is held
	 */
	public record HeaderPacing(boolean enabled, @Nullable Instant holdingUntil) {

	}

	/**
	 * One HTTP attempt.
	 *
	 * @param time when it ended
	 * @param operation the operation's key, e.g. {@code vouchers.get}
	 * @param status the HTTP status, 0 without a reply
	 * @param requestId Voucherify's request id, when the reply had one
	 * @param error the API's error key or, without a reply, the exception type
	 */
	public record Call(Instant time, String operation, int status, @Nullable String requestId,
			@Nullable String error) {

		static Call of(VoucherifyExchange exchange) {
			return new Call(exchange.time(), exchange.operation().key(), exchange.status(), exchange.requestId(),
					exchange.error());
		}

	}

}
