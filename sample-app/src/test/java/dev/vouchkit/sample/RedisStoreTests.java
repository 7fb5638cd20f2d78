package dev.vouchkit.sample;

import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

/**
 * The desk switched to the shared Redis store by configuration alone: its dependencies
 * carry Spring Data Redis and Bucket4j. Nothing listens on the Redis port here, so the
 * client falls back to its local limiter, keeps answering, and says so in health and in
 * {@code /actuator/voucherify}. The starter's own tests run the store against a real
 * {@code redis-server}.
 */
@TestPropertySource(properties = { "voucherify.rate-limiter.store=redis", "spring.data.redis.host=127.0.0.1",
		// Port 1 refuses connections at once on loopback.
		"spring.data.redis.port=1", "voucherify.rate-limiter.store-timeout=2s" })
class RedisStoreTests extends OnDemoVouchers {

	@Test
	void unreachableRedisFallsBackToTheLocalLimiterAndSaysSo() {
		this.client.get().uri("/api/vouchers/GIFT-WELCOME-50").exchange().expectStatus().isOk();

		this.client.get().uri("/actuator/voucherify").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.rateLimiter.store").isEqualTo("redis")
			.jsonPath("$.rateLimiter.state").isEqualTo("FALLBACK_LOCAL")
			.jsonPath("$.rateLimiter.details.key").isEqualTo("voucherify:rate-limiter:" + this.emulator.appId());
		this.client.get().uri("/actuator/health").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.components.voucherify.details.rateLimiter.state").isEqualTo("FALLBACK_LOCAL");
	}

}
