package dev.vouchkit.benchmarks.boot;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.metrics.ApplicationStartup;

/**
 * The smallest Spring Boot application that uses the starter: non-web, auto-configuration
 * only, no beans of its own. With this module's classpath (Actuator included) it gets the
 * starter's {@code VouchersOperations}, Micrometer's {@code SimpleMeterRegistry} and an
 * {@code ObservationRegistry} feeding it, with Actuator's defaults, as an application
 * would.
 */
@Configuration(proxyBeanMethods = false)
@EnableAutoConfiguration
public class BenchmarkApplication {

	/** The credentials every client sends; the gift-card server ignores them, the emulator checks them. */
	public static final String APP_ID = "emulator-app-id";

	public static final String APP_TOKEN = "emulator-app-token";

	/** Our auto-configurations, as listed in the starter's AutoConfiguration.imports. */
	public static final String STARTER_AUTO_CONFIGURATIONS = String.join(",",
			"dev.vouchkit.voucherify.autoconfigure.VoucherifyAutoConfiguration",
			"dev.vouchkit.voucherify.autoconfigure.VoucherifyMetricsAutoConfiguration",
			"dev.vouchkit.voucherify.autoconfigure.VoucherifyHealthContributorAutoConfiguration");

	/**
	 * Starts the application with the Voucherify client pointed at {@code baseUrl}.
	 * @param baseUrl the server, e.g. {@code http://127.0.0.1:54321}
	 * @param extraProperties more properties, e.g. to exclude the starter
	 * @return the running context
	 */
	public static ConfigurableApplicationContext start(String baseUrl, Map<String, Object> extraProperties) {
		return start(baseUrl, extraProperties, ApplicationStartup.DEFAULT);
	}

	/**
	 * Starts the application, recording its startup steps.
	 * @param baseUrl the server
	 * @param extraProperties more properties
	 * @param startup where startup steps (bean instantiations...) are recorded
	 * @return the running context
	 */
	public static ConfigurableApplicationContext start(String baseUrl, Map<String, Object> extraProperties,
			ApplicationStartup startup) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("voucherify.base-url", baseUrl);
		properties.put("voucherify.app-id", APP_ID);
		properties.put("voucherify.app-token", APP_TOKEN);
		// Retry and circuit breaker are on by default; said here so the benchmark states what it measures.
		properties.put("voucherify.retry.enabled", "true");
		properties.put("voucherify.circuit-breaker.enabled", "true");
		properties.put("logging.level.root", "warn");
		properties.putAll(extraProperties);
		SpringApplication application = new SpringApplication(BenchmarkApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setBannerMode(Banner.Mode.OFF);
		application.setLogStartupInfo(false);
		application.setDefaultProperties(properties);
		application.setApplicationStartup(startup);
		return application.run();
	}

}
