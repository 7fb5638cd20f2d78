package dev.vouchkit.voucherify.autoconfigure;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import dev.vouchkit.voucherify.VoucherifyClientRateLimitException;
import dev.vouchkit.voucherify.VouchersOperations;
import dev.vouchkit.voucherify.emulator.Operation;
import dev.vouchkit.voucherify.emulator.VoucherifyEmulator;
import dev.vouchkit.voucherify.resilience.VoucherifyRateLimiterStatus;
import dev.vouchkit.voucherify.resilience.VoucherifyResilienceDecorator;
import dev.vouchkit.voucherify.resilience.redis.RedisVoucherifyRateLimiter;
import dev.vouchkit.voucherify.testsupport.RedisServerExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code voucherify.rate-limiter.store=redis}: one quota for every instance, in a real
 * {@code redis-server}, and what happens when Redis goes away.
 */
@ExtendWith(OutputCaptureExtension.class)
class VoucherifyRedisRateLimiterTests {

	@RegisterExtension
	static final RedisServerExtension redis = new RedisServerExtension();

	@Test
	void threeInstancesSharingRedisStayUnderOneQuota() throws Exception {
		try (VoucherifyEmulator emulator = VoucherifyEmulator.builder().appId("fleet-app").rateLimitPerMinute(20).start()) {
			emulator.addGiftCard("GIFT-1", 10_000);
			ApplicationContextRunner instance = onRedis(emulator, redis.port()).withPropertyValues(
					"voucherify.rate-limiter.limit-for-period=20", "voucherify.rate-limiter.limit-refresh-period=1m",
					"voucherify.rate-limiter.timeout-duration=1s",
					// A loaded machine may be slow to answer; a fallback here would be a different test.
					"voucherify.rate-limiter.store-timeout=30s");
			instance.run((a) -> instance.run((b) -> instance.run((c) -> {
				List<VouchersOperations> fleet = List.of(a.getBean(VouchersOperations.class),
						b.getBean(VouchersOperations.class), c.getBean(VouchersOperations.class));
				List<String> outcomes = Flux.range(0, 45)
					.flatMap((i) -> fleet.get(i % 3)
						.getVoucher("GIFT-1")
						.map((voucher) -> "reply")
						.onErrorResume(VoucherifyClientRateLimitException.class, (ex) -> Mono.just("not sent"))
						// Every call ends within its timeout: a hung one fails the test here.
						.timeout(Duration.ofSeconds(90)), 9)
					.collectList()
					.block(Duration.ofSeconds(300));

				assertThat(outcomes).hasSize(45).containsOnly("reply", "not sent");
				long replies = outcomes.stream().filter("reply"::equals).count();
				assertThat(emulator.journal().count(Operation.GET_VOUCHER)).as("calls that reached the API")
					.isLessThanOrEqualTo(20)
					.isEqualTo((int) replies);
				assertThat(replies).isPositive();
				assertThat(emulator.journal().entries()).as("no 429")
					.allSatisfy((entry) -> assertThat(entry.status()).isEqualTo(200));
				assertThat(a.getBean(VoucherifyResilienceDecorator.class).getRateLimiterStatus().state())
					.isEqualTo(VoucherifyRateLimiterStatus.ACTIVE);
			})));
			assertThat(redis.command("EXISTS " + RedisVoucherifyRateLimiter.KEY_PREFIX + "fleet-app")).startsWith(":1");
			assertThat(redis.command("KEYS *")).doesNotContain(emulator.appToken());
		}
	}

	@Test
	void redisStoppedMidRunFallsBackToTheLocalLimiterAndComesBack(CapturedOutput output) throws Exception {
		try (VoucherifyEmulator emulator = VoucherifyEmulator.builder().appId("failover-app").start()) {
			emulator.addGiftCard("GIFT-1", 10_000);
			onRedis(emulator, redis.port())
				.withConfiguration(AutoConfigurations.of(VoucherifyHealthContributorAutoConfiguration.class))
				// An hour-long period: no refill can fall between the calls counted below.
				.withPropertyValues("voucherify.rate-limiter.limit-for-period=3",
						"voucherify.rate-limiter.limit-refresh-period=1h", "voucherify.rate-limiter.timeout-duration=200ms",
						"voucherify.rate-limiter.store-timeout=300ms", "voucherify.rate-limiter.store-retry-interval=1s")
				.run((context) -> {
					VouchersOperations vouchers = context.getBean(VouchersOperations.class);
					VoucherifyResilienceDecorator resilience = context.getBean(VoucherifyResilienceDecorator.class);
					assertThat(vouchers.getVoucher("GIFT-1").block(Duration.ofSeconds(10))).isNotNull();
					assertThat(resilience.getRateLimiterStatus().state()).isEqualTo(VoucherifyRateLimiterStatus.ACTIVE);

					redis.stop();
					// Each call ends in bounded time; the local limiter's 3 permits go, then calls are held back.
					List<String> outcomes = Flux.range(0, 5)
						.concatMap((i) -> vouchers.getVoucher("GIFT-1")
							.map((voucher) -> "reply")
							.onErrorResume(VoucherifyClientRateLimitException.class, (ex) -> Mono.just("not sent"))
							.timeout(Duration.ofSeconds(10)))
						.collectList()
						.block(Duration.ofSeconds(60));
					assertThat(outcomes).containsExactly("reply", "reply", "reply", "not sent", "not sent");

					VoucherifyRateLimiterStatus status = resilience.getRateLimiterStatus();
					assertThat(status.state()).isEqualTo(VoucherifyRateLimiterStatus.FALLBACK_LOCAL);
					assertThat(status.reason()).startsWith("Redis is unreachable");
					Health health = context.getBean(VoucherifyHealthIndicator.class).health();
					assertThat(health.getDetails().get("rateLimiter").toString()).contains("state=FALLBACK_LOCAL",
							"reason=Redis is unreachable");
					assertThat(output).contains("Voucherify rate limiter: Redis is unreachable");

					redis.start();
					await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
						vouchers.getVoucher("GIFT-1")
							.onErrorResume(VoucherifyClientRateLimitException.class, (ex) -> Mono.empty())
							.block(Duration.ofSeconds(10));
						assertThat(resilience.getRateLimiterStatus().state())
							.isEqualTo(VoucherifyRateLimiterStatus.ACTIVE);
					});
					assertThat(output).contains("Voucherify rate limiter: Redis answers again");
				});
		}
	}

	@Test
	void redisThatNeverAnsweredStillLimitsWithoutHanging() throws Exception {
		int closedPort;
		try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		try (VoucherifyEmulator emulator = VoucherifyEmulator.builder().appId("no-redis-app").start()) {
			emulator.addGiftCard("GIFT-1", 10_000);
			onRedis(emulator, closedPort)
				.withPropertyValues("voucherify.rate-limiter.limit-for-period=1",
						"voucherify.rate-limiter.timeout-duration=0", "voucherify.rate-limiter.store-timeout=500ms")
				.run((context) -> {
					VouchersOperations vouchers = context.getBean(VouchersOperations.class);
					assertThat(vouchers.getVoucher("GIFT-1").block(Duration.ofSeconds(10))).isNotNull();
					assertThat(vouchers.getVoucher("GIFT-1")
						.map((voucher) -> "reply")
						.onErrorResume(VoucherifyClientRateLimitException.class, (ex) -> Mono.just(ex.getMessage()))
						.block(Duration.ofSeconds(10))).contains("Redis is unreachable");
					assertThat(emulator.journal().count(Operation.GET_VOUCHER)).isEqualTo(1);
				});
		}
	}

	@Test
	void redisStoreWithoutBucket4jFailsTheStartNamingWhatIsMissing() {
		try (VoucherifyEmulator emulator = VoucherifyEmulator.start()) {
			onRedis(emulator, redis.port()).withClassLoader(new FilteredClassLoader("io.github.bucket4j"))
				.run((context) -> assertThat(context).hasFailed()
					.getFailure()
					.rootCause()
					.isInstanceOf(InvalidConfigurationPropertyValueException.class)
					.hasMessageContaining("voucherify.rate-limiter.store")
					.hasMessageContaining("bucket4j_jdk17-lettuce"));
		}
	}

	@Test
	void redisStoreNeedsTheRateLimiterEnabled() {
		try (VoucherifyEmulator emulator = VoucherifyEmulator.start()) {
			onRedis(emulator, redis.port()).withPropertyValues("voucherify.rate-limiter.enabled=false")
				.run((context) -> assertThat(context).hasFailed()
					.getFailure()
					.rootCause()
					.hasMessageContaining("voucherify.rate-limiter.enabled=true"));
		}
	}

	private static ApplicationContextRunner onRedis(VoucherifyEmulator emulator, int redisPort) {
		return VoucherifyTestContexts.bare()
			.withConfiguration(AutoConfigurations.of(DataRedisAutoConfiguration.class))
			.withPropertyValues("voucherify.base-url=" + emulator.baseUrl(), "voucherify.app-id=" + emulator.appId(),
					"voucherify.app-token=" + emulator.appToken(), "voucherify.rate-limiter.enabled=true",
					"voucherify.rate-limiter.store=redis", "spring.data.redis.host=127.0.0.1",
					"spring.data.redis.port=" + redisPort);
	}

}
