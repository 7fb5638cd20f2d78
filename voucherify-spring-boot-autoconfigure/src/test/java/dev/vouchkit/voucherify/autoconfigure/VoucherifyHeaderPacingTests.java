package dev.vouchkit.voucherify.autoconfigure;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.vouchkit.voucherify.VoucherifyClientRateLimitException;
import dev.vouchkit.voucherify.VoucherifyRateLimitException;
import dev.vouchkit.voucherify.VouchersOperations;
import dev.vouchkit.voucherify.emulator.Operation;
import dev.vouchkit.voucherify.emulator.RequestJournal;
import dev.vouchkit.voucherify.emulator.VoucherifyEmulator;
import dev.vouchkit.voucherify.resilience.VoucherifyQuota;
import dev.vouchkit.voucherify.resilience.VoucherifyResilienceDecorator;
import dev.vouchkit.voucherify.testsupport.VoucherifyTestSupport;

import static dev.vouchkit.voucherify.autoconfigure.VoucherifyTestContexts.VOUCHER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Pacing by the API's own {@code X-Rate-Limit-*} headers, which count every instance of
 * an application, and 429s that must not be retried.
 */
class VoucherifyHeaderPacingTests {

	@StartStop
	private final MockWebServer server = new MockWebServer();

	@Test
	void secondInstanceStopsOnceTheHeadersSayNothingRemainsAndResumesAfterTheReset() {
		try (VoucherifyEmulator emulator = VoucherifyEmulator.builder().rateLimit(5, Duration.ofSeconds(3)).start()) {
			emulator.addGiftCard("GIFT-1", 10_000);
			ApplicationContextRunner instance = onEmulator(emulator)
				.withPropertyValues("voucherify.rate-limiter.timeout-duration=10s");
			instance.withPropertyValues("voucherify.channel=instance-a").run((a) -> instance
				.withPropertyValues("voucherify.channel=instance-b")
				.run((b) -> {
					VouchersOperations first = a.getBean(VouchersOperations.class);
					VouchersOperations second = b.getBean(VouchersOperations.class);
					VoucherifyQuota secondQuota = b.getBean(VoucherifyResilienceDecorator.class).getQuota();
					// The first instance spends all but one call of the window, the second the last one.
					VoucherifyQuota.Report seen = null;
					for (int round = 0; round < 5 && !reportsNothingLeft(seen); round++) {
						spendAllButOne(first, a.getBean(VoucherifyResilienceDecorator.class).getQuota());
						second.blocking().getVoucher("GIFT-1");
						seen = secondQuota.lastReported().orElseThrow();
					}
					assertThat(seen.remaining()).as("the second instance saw the quota used up").isZero();
					Instant reset = seen.resetAt();
					assertThat(secondQuota.holdFor()).isPositive();

					for (int i = 0; i < 3; i++) {
						assertThat(second.blocking().getVoucher("GIFT-1").code()).isEqualTo("GIFT-1");
					}

					List<RequestJournal.Entry> fromSecond = emulator.journal()
						.entries(Operation.GET_VOUCHER)
						.stream()
						.filter((entry) -> "instance-b".equals(entry.headers().get("x-voucherify-channel")))
						.toList();
					List<RequestJournal.Entry> held = fromSecond.subList(fromSecond.size() - 3, fromSecond.size());
					assertThat(held).as("held until the reset, then sent")
						.allSatisfy((entry) -> assertThat(entry.at()).isAfterOrEqualTo(reset));
					assertThat(held).allSatisfy((entry) -> assertThat(entry.status()).isEqualTo(200));
					assertThat(emulator.journal().entries())
						.noneSatisfy((entry) -> assertThat(entry.status()).isEqualTo(429));
				}));
		}
	}

	@Test
	void aResetFurtherAwayThanTheTimeoutFailsTheCallUnsent() {
		long reset = Instant.now().plusSeconds(120).getEpochSecond();
		this.server.enqueue(quotaUsedUpUntil(reset));
		VoucherifyTestContexts.against(this.server)
			.withPropertyValues("voucherify.rate-limiter.timeout-duration=1s")
			.run((context) -> {
				VouchersOperations vouchers = context.getBean(VouchersOperations.class);
				vouchers.blocking().getVoucher("GIFT-1");
				assertThatThrownBy(() -> vouchers.blocking().getVoucher("GIFT-1"))
					.isInstanceOfSatisfying(VoucherifyClientRateLimitException.class, (ex) -> {
						assertThat(ex.getRetryAt()).isEqualTo(Instant.ofEpochSecond(reset));
						assertThat(ex.getMessage()).contains("no calls left of 100 calls")
							.contains("until " + Instant.ofEpochSecond(reset));
					});
				assertThat(this.server.getRequestCount()).isEqualTo(1);
			});
	}

	@Test
	void headerPacingCanBeTurnedOff() {
		long reset = Instant.now().plusSeconds(120).getEpochSecond();
		this.server.enqueue(quotaUsedUpUntil(reset));
		this.server.enqueue(quotaUsedUpUntil(reset));
		VoucherifyTestContexts.against(this.server)
			.withPropertyValues("voucherify.rate-limiter.header-pacing=false")
			.run((context) -> {
				VouchersOperations vouchers = context.getBean(VouchersOperations.class);
				vouchers.blocking().getVoucher("GIFT-1");
				vouchers.blocking().getVoucher("GIFT-1");
				assertThat(this.server.getRequestCount()).isEqualTo(2);
			});
	}

	@Test
	void aUsedUpBillingCycleIsNotRetriedAndSaysSo() {
		try (VoucherifyEmulator emulator = VoucherifyEmulator.builder().cycleQuota(2).start()) {
			emulator.addGiftCard("GIFT-1", 10_000);
			onEmulator(emulator).withPropertyValues("voucherify.retry.max-attempts=4").run((context) -> {
				VouchersOperations vouchers = context.getBean(VouchersOperations.class);
				vouchers.blocking().getVoucher("GIFT-1");
				vouchers.blocking().getVoucher("GIFT-1");
				assertThatThrownBy(() -> vouchers.blocking().getVoucher("GIFT-1"))
					.isInstanceOfSatisfying(VoucherifyRateLimitException.class, (ex) -> {
						assertThat(ex.getLimitType()).isEqualTo("api_calls_cycle");
						assertThat(ex.isRetryable()).isFalse();
						assertThat(ex.isTransient()).isFalse();
						assertThat(ex.getMessage()).contains("billing cycle's quota is used up");
					});
				assertThat(emulator.journal().count(Operation.GET_VOUCHER)).as("sent once, not retried").isEqualTo(3);
			});
		}
	}

	@Test
	void aPerMinute429IsStillRetriedAfterItsRetryAfter() {
		this.server.enqueue(new MockResponse.Builder().code(429)
			.setHeader("Content-Type", "application/json")
			.setHeader("Retry-After", "0")
			.setHeader("X-Rate-Limit-Type", "api_calls")
			.body("{\"code\":429,\"key\":\"too_many_requests\",\"message\":\"Too many requests\"}")
			.build());
		this.server.enqueue(VoucherifyTestSupport.json(200, VOUCHER));
		VoucherifyTestContexts.against(this.server).run((context) -> {
			assertThat(context.getBean(VouchersOperations.class).blocking().getVoucher("GIFT-1").code())
				.isEqualTo("GIFT-1");
			assertThat(this.server.getRequestCount()).isEqualTo(2);
		});
	}

	/** A voucher, with headers saying the project has none of its 100 calls left until {@code reset}. */
	private static MockResponse quotaUsedUpUntil(long reset) {
		return new MockResponse.Builder().code(200)
			.setHeader("Content-Type", "application/json")
			.setHeader("X-Rate-Limit-Limit", "100")
			.setHeader("X-Rate-Limit-Remaining", "0")
			.setHeader("X-Rate-Limit-Retry", Long.toString(reset))
			.body(VOUCHER)
			.build();
	}

	private static ApplicationContextRunner onEmulator(VoucherifyEmulator emulator) {
		return VoucherifyTestContexts.bare()
			.withPropertyValues("voucherify.base-url=" + emulator.baseUrl(), "voucherify.app-id=" + emulator.appId(),
					"voucherify.app-token=" + emulator.appToken(), "voucherify.retry.initial-backoff=1ms",
					"voucherify.retry.max-backoff=5ms");
	}

	/** Calls until the last reply says exactly one call is left in the window. */
	private static void spendAllButOne(VouchersOperations vouchers, VoucherifyQuota quota) {
		for (int i = 0; i < 20; i++) {
			vouchers.blocking().getVoucher("GIFT-1");
			Long remaining = quota.lastReported().orElseThrow().remaining();
			if (remaining != null && remaining == 1) {
				return;
			}
		}
		throw new AssertionError("the window never came down to one call: " + quota);
	}

	private static boolean reportsNothingLeft(VoucherifyQuota.Report report) {
		return report != null && report.remaining() != null && report.remaining() == 0;
	}

}
