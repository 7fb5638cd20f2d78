package dev.vouchkit.voucherify.autoconfigure.slice;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webclient.test.autoconfigure.WebClientTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user's {@code @WebClientTest} slice of a service that uses the client gets the
 * auto-configured {@code VouchersOperations}.
 */
@WebClientTest(GiftCardBalances.class)
class VoucherifyWebClientTestSliceTests {

	@StartStop
	static final MockWebServer server = new MockWebServer();

	@DynamicPropertySource
	static void voucherify(DynamicPropertyRegistry registry) {
		registry.add("voucherify.base-url", () -> server.url("/").toString());
		registry.add("voucherify.app-id", () -> "slice-app");
		registry.add("voucherify.app-token", () -> "slice-token");
	}

	@Autowired
	private GiftCardBalances balances;

	@Test
	void sliceLoadsTheClient() throws InterruptedException {
		server.enqueue(new MockResponse.Builder().code(200)
			.setHeader("Content-Type", "application/json")
			.body("{\"code\":\"GIFT-1\",\"type\":\"GIFT_VOUCHER\",\"gift\":{\"amount\":10000,\"balance\":7500}}")
			.build());
		assertThat(this.balances.balanceOf("GIFT-1")).isEqualTo(7500L);
		assertThat(server.takeRequest().getHeaders().get("X-App-Id")).isEqualTo("slice-app");
	}

}
