package dev.vouchkit.sample;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;


import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the starter reports through Actuator: one timer per operation, Resilience4j meters
 * for Prometheus, and a health contributor.
 */
class ObservabilityTests extends OnDemoVouchers {

	private static final String OPERATION_TIMER = "/actuator/metrics/voucherify.client.operation";

	@Test
	void everyCallIsTimedAndTaggedWithItsOperation() {
		double before = callCount("vouchers.get");
		this.client.get().uri("/api/vouchers/GIFT-WELCOME-50").exchange().expectStatus().isOk();
		this.client.get().uri("/api/vouchers/SPRING-10").exchange().expectStatus().isOk();
		this.client.get().uri("/api/vouchers?limit=3").exchange().expectStatus().isOk();

		assertThat(callCount("vouchers.get")).isEqualTo(before + 2);
		this.client.get().uri(OPERATION_TIMER).exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.baseUnit").isEqualTo("seconds")
			.jsonPath("$.availableTags[?(@.tag == 'voucherify.operation')].values[*]")
			.value((operations) -> assertThat(operations.toString()).contains("vouchers.get", "vouchers.list"));
	}

	@Test
	void prometheusShowsTheResilience4jMeters() {
		this.client.get().uri("/api/vouchers/GIFT-WELCOME-50").exchange().expectStatus().isOk();
		String scrape = this.client.get().uri("/actuator/prometheus").exchange()
			.expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody();

		assertThat(scrape).contains("resilience4j_circuitbreaker_state{name=\"voucherify\",state=\"closed\"} 1.0")
			.contains("resilience4j_retry_calls_total{kind=\"successful_without_retry\",name=\"voucherify.vouchers.get\"}")
			.contains("voucherify_client_operation_seconds_count{");
	}

	@Test
	void healthIsUpWithTheCircuitBreakerState() {
		this.client.get().uri("/actuator/health").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.status").isEqualTo("UP")
			.jsonPath("$.components.voucherify.details.circuitBreakers.voucherify.state").isEqualTo("CLOSED");
	}

	@Test
	void voucherifyEndpointShowsQuotaLimiterAndRecentCallsButNoCodeOrToken() {
		this.client.get().uri("/api/vouchers/GIFT-WELCOME-50").exchange().expectStatus().isOk();
		this.client.get().uri("/api/vouchers/NOPE-NOT-HERE").exchange().expectStatus().isNotFound();
		String body = this.client.get().uri("/actuator/voucherify").exchange()
			.expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody();

		assertThat((String) JsonPath.read(body, "$.baseUrl")).isEqualTo(this.emulator.baseUrl());
		assertThat((String) JsonPath.read(body, "$.clientVersion")).isNotBlank();
		assertThat((Integer) JsonPath.read(body, "$.quota.limit")).isPositive();
		assertThat((String) JsonPath.read(body, "$.rateLimiter.store")).isEqualTo("local");
		assertThat((String) JsonPath.read(body, "$.rateLimiter.state")).isEqualTo("ACTIVE");
		assertThat((String) JsonPath.read(body, "$.circuitBreakers.voucherify")).isEqualTo("CLOSED");
		assertThat((String) JsonPath.read(body, "$.recentCalls[0].operation")).isEqualTo("vouchers.get");
		assertThat((Integer) JsonPath.read(body, "$.recentCalls[0].status")).isEqualTo(404);
		assertThat((String) JsonPath.read(body, "$.recentCalls[0].requestId")).startsWith("v-");
		assertThat((String) JsonPath.read(body, "$.recentCalls[0].time")).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
		assertThat(body).doesNotContain("GIFT-WELCOME-50", "NOPE-NOT-HERE", this.emulator.appToken());

		String scrape = this.client.get().uri("/actuator/prometheus").exchange()
			.expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody();
		assertThat(scrape).contains("voucherify_quota_limit_calls", "voucherify_quota_remaining_calls")
			.doesNotContain(this.emulator.appToken());
	}

	/** The operation's call count from the timer's drill-down; 0 before its first call. */
	private double callCount(String operation) {
		EntityExchangeResult<byte[]> result = this.client.get()
			.uri(OPERATION_TIMER + "?tag=voucherify.operation:" + operation)
			.exchange()
			.expectBody()
			.returnResult();
		if (result.getStatus().value() == 404) {
			return 0;
		}
		List<Number> counts = JsonPath.read(new String(result.getResponseBodyContent(), StandardCharsets.UTF_8),
				"$.measurements[?(@.statistic == 'COUNT')].value");
		return counts.get(0).doubleValue();
	}

}
