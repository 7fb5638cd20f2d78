package dev.vouchkit.voucherify.autoconfigure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.SpringVersion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The check that stops an application on a Spring Boot, Spring Framework or Jackson older
 * than the starter needs. That it really stops a Spring Boot 3.5 application, before the
 * auto-configuration breaks, is shown by the compatibility tests that start one.
 */
class VoucherifyPlatformCheckTests {

	@Test
	void applicationOnThisSpringBootStarts() {
		// The versions the check reads here: both known, both new enough.
		assertThat(SpringBootVersion.getVersion()).startsWith("4.");
		assertThat(SpringVersion.getVersion()).startsWith("7.");
		SpringApplication application = new SpringApplication(EmptyConfiguration.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		assertThat(application.getInitializers()).hasAtLeastOneElementOfType(VoucherifyPlatformCheck.class);
		try (ConfigurableApplicationContext context = application.run()) {
			assertThat(context.isActive()).isTrue();
		}
	}

	@ParameterizedTest
	@CsvSource(nullValues = "none", textBlock = """
			4.0.7,          7.0.9
			4.1.2,          7.1.0
			4.0.0-SNAPSHOT, 7.0.0-SNAPSHOT
			5.0.0,          8.0.0
			4.0.7,          none
			""")
	void supportedVersionsPass(String springBoot, String springFramework) {
		assertThatNoException().isThrownBy(() -> VoucherifyPlatformCheck.check(springBoot, springFramework, true));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "none", textBlock = """
			3.5.7 | 6.2.12 | true  | Spring Boot 3.5.7 and Spring Framework 6.2.12.
			3.5.7 | none   | true  | Spring Boot 3.5.7.
			2.7.18| 5.3.39 | false | Spring Boot 2.7.18, Spring Framework 5.3.39 and no Jackson 3 (tools.jackson.databind.json.JsonMapper is not on the class path).
			4.0.7 | 6.2.12 | true  | Spring Boot 4.0.7 and Spring Framework 6.2.12.
			4.0.7 | 7.0.9  | false | Spring Boot 4.0.7, Spring Framework 7.0.9 and no Jackson 3 (tools.jackson.databind.json.JsonMapper is not on the class path).
			""")
	void olderVersionsFailInOneSentenceNamingWhatWasFound(String springBoot, String springFramework,
			boolean jackson3Present, String found) {
		assertThatExceptionOfType(VoucherifyUnsupportedPlatformException.class)
			.isThrownBy(() -> VoucherifyPlatformCheck.check(springBoot, springFramework, jackson3Present))
			.withMessage("The Voucherify Spring Boot starter needs Spring Boot 4.0 or later, Spring Framework 7 and "
					+ "Jackson 3, but this application runs on " + found);
	}

	@Test
	void failureAnalysisStatesTheSentenceAndWhatToDo() {
		VoucherifyUnsupportedPlatformException failure = new VoucherifyUnsupportedPlatformException(
				"The Voucherify Spring Boot starter needs Spring Boot 4.0 or later, Spring Framework 7 and Jackson 3, "
						+ "but this application runs on Spring Boot 3.5.7 and Spring Framework 6.2.12.");
		FailureAnalysis analysis = new VoucherifyUnsupportedPlatformFailureAnalyzer()
			.analyze(new IllegalStateException("Failed to initialize", failure));
		assertThat(analysis.getDescription()).isEqualTo(failure.getMessage());
		assertThat(analysis.getAction()).contains("Upgrade the application to Spring Boot 4.0 or later")
			.contains("remove the Voucherify starter");
	}

	@Configuration(proxyBeanMethods = false)
	static class EmptyConfiguration {

	}

}
