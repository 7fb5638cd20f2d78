package dev.vouchkit.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import dev.vouchkit.voucherify.emulator.VoucherifyEmulator;
import dev.vouchkit.voucherify.emulator.spring.ImportVoucherifyEmulator;
import dev.vouchkit.voucherify.emulator.spring.VoucherifyEmulatorCustomizer;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ClassPathResource;

/**
 * Runs the desk on the Voucherify emulator instead of the real API: starts it on a free
 * port, which the starter connects to (its {@code VoucherifyConnectionDetails}), and
 * seeds the demo vouchers of {@code demo-vouchers.json} (gift cards, discount vouchers,
 * loyalty cards and an open validation session). Shared by {@link TestSampleApplication}
 * and the tests.
 */
@TestConfiguration(proxyBeanMethods = false)
@ImportVoucherifyEmulator
public class DemoEmulatorConfiguration {

	static final String DEMO_VOUCHERS = "demo-vouchers.json";

	/** The validation session the seed opens on TENOFF, for trying a release. */
	static final String DEMO_SESSION = "ssn_checkout_1";

	private static final Log logger = LogFactory.getLog(DemoEmulatorConfiguration.class);

	@Bean
	VoucherifyEmulatorCustomizer demoVouchers() {
		return DemoEmulatorConfiguration::seedDemoVouchers;
	}

	/** Says, once the desk is up, where it is and that it talks to the emulator, not to Voucherify. */
	@Bean
	ApplicationListener<ApplicationReadyEvent> emulatorNotice(VoucherifyEmulator emulator) {
		return (event) -> {
			String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port");
			String desk = (port != null) ? "The gift-card desk is at http://localhost:" + port + "/; it runs"
					: "The gift-card desk runs";
			logger.info(desk + " on the embedded Voucherify emulator at " + emulator.baseUrl()
					+ " (demo vouchers, no Voucherify account used; validation session " + DEMO_SESSION
					+ " is open on TENOFF)");
		};
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
