package dev.vouchkit.voucherify.autoconfigure;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientObservationAutoConfiguration;

import dev.vouchkit.voucherify.VoucherifyClientInfo;
import dev.vouchkit.voucherify.VoucherifyNotFoundException;
import dev.vouchkit.voucherify.VouchersOperations;
import dev.vouchkit.voucherify.actuate.VoucherifyEndpoint;
import dev.vouchkit.voucherify.emulator.VoucherifyEmulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The {@code voucherify} Actuator endpoint, the quota gauges and the health details:
 * what they show, and that neither the token nor a voucher code is among it.
 */
class VoucherifyEndpointTests {

	private static final String TOKEN = "tok-7f3c9a-never-shown";

	private static final String CODE = "SECRET-GIFT-4711";

	private static final String MISSING_CODE = "NO-SUCH-CODE-0815";

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void showsQuotaLimiterCircuitBreakerAndRecentCallsWithoutSecrets() {
		try (VoucherifyEmulator emulator = VoucherifyEmulator.builder().appToken(TOKEN).rateLimitPerMinute(1000).start()) {
			emulator.addGiftCard(CODE, 5_000);
			runner(emulator).run((context) -> {
				VouchersOperations vouchers = context.getBean(VouchersOperations.class);
				VoucherifyEndpoint endpoint = context.getBean(VoucherifyEndpoint.class);
				JsonNode before = this.json.valueToTree(endpoint.voucherify());
				assertThat(before.get("quota").isNull()).as("nothing reported before the first call").isTrue();
				assertThat(before.get("recentCalls").size()).isZero();

				vouchers.blocking().getVoucher(CODE);
				assertThatThrownBy(() -> vouchers.blocking().getVoucher(MISSING_CODE))
					.isInstanceOf(VoucherifyNotFoundException.class);

				JsonNode body = this.json.valueToTree(endpoint.voucherify());
				assertThat(body.get("baseUrl").asString()).isEqualTo(emulator.baseUrl());
				assertThat(body.get("region").asString()).isEqualTo("other");
				assertThat(body.get("clientVersion").asString()).isEqualTo(VoucherifyClientInfo.VERSION);
				assertThat(body.get("quota").get("limit").asLong()).isEqualTo(1000);
				assertThat(body.get("quota").get("remaining").asLong()).isEqualTo(998);
				assertThat(body.get("quota").get("resetAt").isNull()).isFalse();
				assertThat(body.get("headerPacing").get("enabled").asBoolean()).isTrue();
				assertThat(body.get("rateLimiter").get("store").asString()).isEqualTo("local");
				assertThat(body.get("rateLimiter").get("state").asString()).isEqualTo("ACTIVE");
				assertThat(body.get("rateLimiter").get("details").get("limitForPeriod").asInt()).isEqualTo(50);
				assertThat(body.get("circuitBreakers").get("voucherify").asString()).isEqualTo("CLOSED");
				JsonNode calls = body.get("recentCalls");
				assertThat(calls.size()).isEqualTo(2);
				assertThat(calls.get(0).get("operation").asString()).isEqualTo("vouchers.get");
				assertThat(calls.get(0).get("status").asInt()).isEqualTo(404);
				assertThat(calls.get(0).get("error").asString()).isEqualTo("not_found");
				assertThat(calls.get(0).get("requestId").asString()).matches("v-[0-9a-f]{18}");
				assertThat(calls.get(0).get("time").isNull()).isFalse();
				assertThat(calls.get(1).get("status").asInt()).isEqualTo(200);

				String text = body.toString();
				assertThat(text).doesNotContain(TOKEN).doesNotContain(CODE).doesNotContain(MISSING_CODE);

				MeterRegistry meters = context.getBean(MeterRegistry.class);
				assertThat(meters.get("voucherify.quota.limit").gauge().value()).isEqualTo(1000);
				assertThat(meters.get("voucherify.quota.remaining").gauge().value()).isEqualTo(998);
				for (Meter meter : meters.getMeters()) {
					assertThat(meter.getId().toString()).doesNotContain(TOKEN).doesNotContain(CODE)
						.doesNotContain(MISSING_CODE);
				}

				Health health = context.getBean(VoucherifyHealthIndicator.class).health();
				assertThat(health.getDetails().get("rateLimiter").toString()).contains("store=local", "state=ACTIVE");
				assertThat(health.getDetails().get("quota").toString()).contains("remaining=998");
				assertThat(emulator.journal().entries()).as("health and endpoint call nothing").hasSize(2);
			});
		}
	}

	@Test
	void gaugesAreNotANumberBeforeAnyReply() {
		try (VoucherifyEmulator emulator = VoucherifyEmulator.start()) {
			runner(emulator).run((context) -> {
				MeterRegistry meters = context.getBean(MeterRegistry.class);
				assertThat(meters.get("voucherify.quota.limit").gauge().value()).isNaN();
				assertThat(meters.get("voucherify.quota.remaining").gauge().value()).isNaN();
			});
		}
	}

	@Test
	void regionComesFromTheBaseUrl() {
		try (VoucherifyEmulator emulator = VoucherifyEmulator.start()) {
			runner(emulator).withPropertyValues("voucherify.base-url=https://us1.api.voucherify.io").run((context) -> {
				JsonNode body = this.json.valueToTree(context.getBean(VoucherifyEndpoint.class).voucherify());
				assertThat(body.get("region").asString()).isEqualTo("us1");
			});
			runner(emulator).withPropertyValues("voucherify.base-url=https://api.voucherify.io").run((context) -> {
				JsonNode body = this.json.valueToTree(context.getBean(VoucherifyEndpoint.class).voucherify());
				assertThat(body.get("region").asString()).isEqualTo("eu");
			});
		}
	}

	@Test
	void endpointBacksOffWhenNotAvailable() {
		try (VoucherifyEmulator emulator = VoucherifyEmulator.start()) {
			runner(emulator).withPropertyValues("management.endpoint.voucherify.access=NONE")
				.run((context) -> assertThat(context).doesNotHaveBean(VoucherifyEndpoint.class));
		}
	}

	private static ApplicationContextRunner runner(VoucherifyEmulator emulator) {
		return VoucherifyTestContexts.bare()
			.withConfiguration(AutoConfigurations.of(VoucherifyEndpointAutoConfiguration.class,
					VoucherifyMetricsAutoConfiguration.class, VoucherifyHealthContributorAutoConfiguration.class,
					EndpointAutoConfiguration.class, ObservationAutoConfiguration.class,
					MetricsAutoConfiguration.class, CompositeMeterRegistryAutoConfiguration.class,
					SimpleMetricsExportAutoConfiguration.class, WebClientObservationAutoConfiguration.class))
			.withPropertyValues("voucherify.base-url=" + emulator.baseUrl(), "voucherify.app-id=" + emulator.appId(),
					"voucherify.app-token=" + emulator.appToken(), "voucherify.rate-limiter.enabled=true",
					"voucherify.rate-limiter.limit-for-period=50", "management.endpoints.web.exposure.include=voucherify");
	}

}
