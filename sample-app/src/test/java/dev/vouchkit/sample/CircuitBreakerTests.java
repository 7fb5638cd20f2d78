package dev.vouchkit.sample;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import dev.vouchkit.voucherify.emulator.Fault;
import dev.vouchkit.voucherify.emulator.Operation;
import dev.vouchkit.voucherify.emulator.VoucherifyEmulator;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Voucherify keeps failing: each failed call is a 502 problem, until the starter's circuit
 * breaker opens and the desk answers 503 with {@code Retry-After} without calling
 * Voucherify at all. Small settings make it open after three calls; they need their own
 * application context, since the circuit breaker's state lives in it.
 */
@DeskOnEmulatorTest
@TestPropertySource(properties = { "voucherify.retry.max-attempts=2", "voucherify.retry.initial-backoff=1ms",
		"voucherify.retry.max-backoff=1ms", "voucherify.circuit-breaker.sliding-window-size=3",
		"voucherify.circuit-breaker.minimum-number-of-calls=3",
		"voucherify.circuit-breaker.failure-rate-threshold=50",
		"voucherify.circuit-breaker.wait-duration-in-open-state=60s" })
class CircuitBreakerTests {

	private static final int FAILING_CALLS = 3;

	private static final int ATTEMPTS_PER_CALL = 2;

	@Autowired
	private WebTestClient client;

	@Autowired
	private VoucherifyEmulator emulator;

	@Test
	void repeated503sOpenTheCircuitAndTheDeskAnswers503WithRetryAfter() {
		Fault[] outage = new Fault[FAILING_CALLS * ATTEMPTS_PER_CALL];
		Arrays.fill(outage, Fault.status(503));
		this.emulator.faults().enqueue(Operation.GET_VOUCHER, outage);

		for (int call = 0; call < FAILING_CALLS; call++) {
			this.client.get().uri("/api/vouchers/GIFT-WELCOME-50").exchange()
				.expectStatus().isEqualTo(502)
				.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		}

		this.client.get().uri("/api/vouchers/GIFT-WELCOME-50").exchange()
			.expectStatus().isEqualTo(503)
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader().value(HttpHeaders.RETRY_AFTER,
					(seconds) -> assertThat(Integer.parseInt(seconds)).isBetween(1, 60))
			.expectBody().jsonPath("$.status").isEqualTo(503);
		// Each failed call was tried twice; the call refused by the open circuit was never sent.
		assertThat(this.emulator.journal().count(Operation.GET_VOUCHER)).isEqualTo(FAILING_CALLS * ATTEMPTS_PER_CALL);

		// One circuit breaker guards all operations by default.
		this.client.get().uri("/api/vouchers").exchange().expectStatus().isEqualTo(503);
		assertThat(this.emulator.journal().count(Operation.LIST_VOUCHERS)).isZero();

		String scrape = this.client.get().uri("/actuator/prometheus").exchange()
			.expectBody(String.class).returnResult().getResponseBody();
		assertThat(scrape).contains("resilience4j_circuitbreaker_state{name=\"voucherify\",state=\"open\"} 1.0")
			.contains("resilience4j_retry_calls_total{kind=\"failed_with_retry\",name=\"voucherify.vouchers.get\"} 3.0");
		// An outage at Voucherify must not make the desk itself unhealthy (and get it restarted).
		this.client.get().uri("/actuator/health").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.status").isEqualTo("UP")
			.jsonPath("$.components.voucherify.status").isEqualTo("CIRCUIT_OPEN");
	}

}
