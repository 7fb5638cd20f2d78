package dev.vouchkit.voucherify.autoconfigure;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.Configuration;

import dev.vouchkit.voucherify.VouchersOperations;
import dev.vouchkit.voucherify.VouchersTemplate;
import dev.vouchkit.voucherify.emulator.Operation;
import dev.vouchkit.voucherify.emulator.VoucherifyEmulator;
import dev.vouchkit.voucherify.emulator.spring.ImportVoucherifyEmulator;

import static dev.vouchkit.voucherify.autoconfigure.VoucherifyTestContexts.VOUCHER;
import static dev.vouchkit.voucherify.testsupport.VoucherifyTestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client connects where {@link VoucherifyConnectionDetails} says: by default the
 * {@code voucherify.*} properties, else the application's (or a test tool's) own bean, or
 * the emulator of {@code @ImportVoucherifyEmulator}.
 */
class VoucherifyConnectionDetailsTests {

	private static final Duration WAIT = Duration.ofSeconds(30);

	@StartStop
	private final MockWebServer server = new MockWebServer();

	@Test
	void propertiesBackTheDefaultDetails() {
		VoucherifyTestContexts.withCredentials()
			.withPropertyValues("voucherify.base-url=https://us1.api.voucherify.io")
			.run((context) -> {
				assertThat(context).hasSingleBean(VoucherifyConnectionDetails.class)
					.hasSingleBean(PropertiesVoucherifyConnectionDetails.class);
				VoucherifyConnectionDetails details = context.getBean(VoucherifyConnectionDetails.class);
				assertThat(details.getBaseUrl()).isEqualTo("https://us1.api.voucherify.io");
				assertThat(details.getAppId()).isEqualTo(VoucherifyTestContexts.APP_ID);
				assertThat(details.getAppToken()).isEqualTo(VoucherifyTestContexts.APP_TOKEN);
				assertThat(details.toString()).doesNotContain(VoucherifyTestContexts.APP_TOKEN);
			});
	}

	@Test
	void aConnectionDetailsBeanReplacesTheProperties() throws InterruptedException {
		this.server.enqueue(json(200, VOUCHER));
		VoucherifyConnectionDetails mine = new VoucherifyConnectionDetails() {

			@Override
			public String getBaseUrl() {
				return VoucherifyConnectionDetailsTests.this.server.url("/").toString();
			}

			@Override
			public String getAppId() {
				return "details-app";
			}

			@Override
			public String getAppToken() {
				return "details-token";
			}

		};
		// No voucherify.app-id or app-token at all: the properties' credential check does not apply.
		VoucherifyTestContexts.bare().withBean(VoucherifyConnectionDetails.class, () -> mine).run((context) -> {
			assertThat(context).hasNotFailed()
				.hasSingleBean(VoucherifyConnectionDetails.class)
				.doesNotHaveBean(PropertiesVoucherifyConnectionDetails.class);
			VouchersOperations vouchers = context.getBean(VouchersOperations.class);
			assertThat(((VouchersTemplate) vouchers).getBaseUrl().toString())
				.isEqualTo(this.server.url("/").toString().replaceAll("/$", ""));
			assertThat(vouchers.getVoucher("GIFT-1").block(WAIT).code()).isEqualTo("GIFT-1");
			RecordedRequest request = this.server.takeRequest(10, TimeUnit.SECONDS);
			assertThat(request.getHeaders().get("X-App-Id")).isEqualTo("details-app");
			assertThat(request.getHeaders().get("X-App-Token")).isEqualTo("details-token");
		});
	}

	@Test
	void theEmulatorOfImportVoucherifyEmulatorSuppliesTheDetailsOverTheProperties() {
		VoucherifyTestContexts.withCredentials()
			.withPropertyValues("voucherify.base-url=https://api.voucherify.io", "voucherify.emulator.app-id=emu-app",
					"voucherify.emulator.app-token=emu-token")
			.withUserConfiguration(WithEmulator.class)
			.run((context) -> {
				assertThat(context).hasNotFailed()
					.hasSingleBean(VoucherifyConnectionDetails.class)
					.doesNotHaveBean(PropertiesVoucherifyConnectionDetails.class);
				VoucherifyEmulator emulator = context.getBean(VoucherifyEmulator.class);
				emulator.addGiftCard("EMU-GIFT", 1200);
				VoucherifyConnectionDetails details = context.getBean(VoucherifyConnectionDetails.class);
				assertThat(details.getBaseUrl()).isEqualTo(emulator.baseUrl());
				assertThat(details.getAppId()).isEqualTo("emu-app");
				assertThat(details.toString()).contains("emu-app").doesNotContain("emu-token");
				VouchersOperations vouchers = context.getBean(VouchersOperations.class);
				assertThat(vouchers.getVoucher("EMU-GIFT").block(WAIT).gift().balance()).isEqualTo(1200L);
				assertThat(emulator.journal().count(Operation.GET_VOUCHER)).isEqualTo(1);
				// The emulator writes no client property: the connection comes from the bean alone.
				assertThat(context.getEnvironment().getProperty("voucherify.base-url"))
					.isEqualTo("https://api.voucherify.io");
			});
	}

	@Test
	void withoutTheEmulatorBeanThePropertiesStillApply() {
		VoucherifyTestContexts.withCredentials()
			.run((context) -> assertThat(context).hasSingleBean(PropertiesVoucherifyConnectionDetails.class)
				.doesNotHaveBean(VoucherifyEmulator.class));
	}

	@Test
	void theCredentialCheckNamesThePropertiesWhenTheyBackTheDetails() {
		VoucherifyTestContexts.bare()
			.withPropertyValues("voucherify.app-id=${VOUCHERIFY_TEST_UNSET_APP_ID}")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.isInstanceOf(VoucherifyCredentialsMissingException.class)
				.hasMessageContaining("voucherify.app-id holds the placeholder ${VOUCHERIFY_TEST_UNSET_APP_ID}")
				.hasMessageContaining("voucherify.app-token is not set"));
	}

	@Configuration(proxyBeanMethods = false)
	@ImportVoucherifyEmulator
	static class WithEmulator {

	}

}
