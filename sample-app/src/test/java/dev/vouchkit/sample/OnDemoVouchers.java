package dev.vouchkit.sample;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;

import dev.vouchkit.voucherify.emulator.VoucherifyEmulator;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The desk on a random port over the emulator, which starts every test from the demo
 * vouchers.
 */
@DeskOnEmulatorTest
abstract class OnDemoVouchers {

	@Autowired
	protected WebTestClient client;

	@Autowired
	protected VoucherifyEmulator emulator;

	@BeforeEach
	void startFromTheDemoVouchers() {
		this.emulator.reset();
		DemoEmulatorConfiguration.seedDemoVouchers(this.emulator);
	}

	/** Tops up or deducts ({@code direction}) the demo gift card {@code GIFT-WELCOME-50}. */
	protected WebTestClient.ResponseSpec changeBalance(String direction, Map<String, Object> body) {
		return changeBalance("GIFT-WELCOME-50", direction, body);
	}

	protected WebTestClient.ResponseSpec changeBalance(String code, String direction, Map<String, Object> body) {
		return this.client.post()
			.uri("/api/vouchers/" + code + "/balance/" + direction)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

}
