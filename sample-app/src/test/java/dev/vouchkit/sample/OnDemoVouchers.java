package dev.vouchkit.sample;

import org.junit.jupiter.api.BeforeEach;

import dev.vouchkit.voucherify.emulator.VoucherifyEmulator;

import org.springframework.beans.factory.annotation.Autowired;
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

}
