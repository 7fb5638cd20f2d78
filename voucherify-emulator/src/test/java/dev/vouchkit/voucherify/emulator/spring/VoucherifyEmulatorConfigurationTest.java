package dev.vouchkit.voucherify.emulator.spring;

import dev.vouchkit.voucherify.emulator.VoucherifyEmulator;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@SpringJUnitConfig(VoucherifyEmulatorConfigurationTest.TestConfig.class)
@TestPropertySource(properties = { "voucherify.emulator.app-id=spring-app", "voucherify.emulator.app-token=spring-token",
		"voucherify.emulator.seed=classpath:emulator/seed.json" })
class VoucherifyEmulatorConfigurationTest {

	@Autowired
	private Environment environment;

	@Autowired
	private VoucherifyEmulator emulator;

	@Test
	void startsTheEmulatorWithItsSettingsAndWritesNoClientProperty() {
		assertThat(this.emulator.baseUrl()).startsWith("http://127.0.0.1:");
		assertThat(this.emulator.appId()).isEqualTo("spring-app");
		assertThat(this.emulator.appToken()).isEqualTo("spring-token");
		// The starter's auto-configuration connects to the emulator bean itself.
		assertThat(this.environment.getProperty("voucherify.base-url")).isNull();
		assertThat(this.environment.getProperty("voucherify.app-token")).isNull();
	}

	@Test
	void appliesTheSeedFileThenCustomizers() {
		assertThat(this.emulator.voucher("SEEDED-GIFT")).isPresent();
		assertThat(this.emulator.openSessions("SEEDED-GIFT")).containsExactly("ssn_seeded");
		assertThat(this.emulator.voucher("SEEDED-CARD").orElseThrow().get("holder_id").asString()).isEqualTo("cust_seeded");
		assertThat(this.emulator.voucher("FROM-CUSTOMIZER")).isPresent();
	}

	@Test
	void startsInAPlainApplicationContextForDevTimeRunsAndClosesWithIt() {
		VoucherifyEmulator started;
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("test", Map.of("voucherify.emulator.seed",
						"src/test/resources/emulator/seed.json")));
			context.register(DevTimeConfig.class);
			context.refresh();
			started = context.getBean(VoucherifyEmulator.class);
			assertThat(started.appId()).isEqualTo(VoucherifyEmulator.DEFAULT_APP_ID);
			assertThat(started.voucherCount()).isEqualTo(2);
		}
		String baseUrl = started.baseUrl();
		assertThat(baseUrl).isNotEmpty();
		java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl + "/_emulator/health")).build(),
					java.net.http.HttpResponse.BodyHandlers.ofString()))
			.isInstanceOf(java.io.IOException.class);
	}

	@Configuration(proxyBeanMethods = false)
	@ImportVoucherifyEmulator
	static class TestConfig {

		@Bean
		VoucherifyEmulatorCustomizer addVoucher() {
			return (emulator) -> emulator.addPercentDiscount("FROM-CUSTOMIZER", 10);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ImportVoucherifyEmulator
	static class DevTimeConfig {

	}

}
