package dev.vouchkit.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import dev.vouchkit.voucherify.emulator.VoucherifyEmulator;
import dev.vouchkit.voucherify.emulator.spring.ImportVoucherifyEmulator;
import dev.vouchkit.voucherify.emulator.spring.VoucherifyEmulatorCustomizer;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ClassPathResource;

/**
 * Runs the desk on the Voucherify emulator instead of the real API: starts it on a free
 * port, points {@code voucherify.base-url}, {@code app-id} and {@code app-token} at it, and
 * seeds the demo vouchers of {@code demo-vouchers.json} (gift cards, discount vouchers,
 * loyalty cards and an open validation session). Shared by {@link TestSampleApplication}
 * and the tests.
 */
@TestConfiguration(proxyBeanMethods = false)
@ImportVoucherifyEmulator
public class DemoEmulatorConfiguration {

	static final String DEMO_VOUCHERS = "demo-vouchers.json";

	@Bean
	VoucherifyEmulatorCustomizer demoVouchers() {
		return DemoEmulatorConfiguration::seedDemoVouchers;
	}

	/** Also used by tests to start each test from the same data: {@code emulator.reset()} first. */
	static void seedDemoVouchers(VoucherifyEmulator emulator) {
		try (InputStream seed = new ClassPathResource(DEMO_VOUCHERS).getInputStream()) {
			emulator.seed(new String(seed.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + DEMO_VOUCHERS, ex);
		}
	}

}
