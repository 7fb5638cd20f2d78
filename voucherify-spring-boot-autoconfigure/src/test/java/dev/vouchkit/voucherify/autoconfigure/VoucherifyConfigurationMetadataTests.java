package dev.vouchkit.voucherify.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.BeanWrapper;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The metadata generated from {@link VoucherifyProperties} and packaged in the jar
 * documents every {@code voucherify.*} property.
 */
class VoucherifyConfigurationMetadataTests {

	@Test
	void everyPropertyIsListedWithADescription() throws IOException {
		Map<String, JsonNode> properties = voucherifyProperties();
		assertThat(properties.keySet()).containsExactlyInAnyOrder("voucherify.enabled", "voucherify.base-url",
				"voucherify.allow-insecure-http", "voucherify.follow-redirects", "voucherify.app-id", "voucherify.app-token", "voucherify.channel",
				"voucherify.connect-timeout", "voucherify.response-timeout", "voucherify.max-in-memory-size",
				"voucherify.blocking-timeout", "voucherify.operations", "voucherify.retry.enabled",
				"voucherify.retry.max-attempts", "voucherify.retry.initial-backoff", "voucherify.retry.multiplier",
				"voucherify.retry.max-backoff", "voucherify.retry.jitter", "voucherify.retry.honour-retry-after",
				"voucherify.retry.max-retry-after", "voucherify.circuit-breaker.enabled",
				"voucherify.circuit-breaker.failure-rate-threshold", "voucherify.circuit-breaker.slow-call-rate-threshold",
				"voucherify.circuit-breaker.slow-call-duration-threshold", "voucherify.circuit-breaker.sliding-window-size",
				"voucherify.circuit-breaker.minimum-number-of-calls",
				"voucherify.circuit-breaker.wait-duration-in-open-state",
				"voucherify.circuit-breaker.permitted-number-of-calls-in-half-open-state",
				"voucherify.circuit-breaker.per-operation", "voucherify.rate-limiter.enabled",
				"voucherify.rate-limiter.limit-for-period", "voucherify.rate-limiter.limit-refresh-period",
				"voucherify.rate-limiter.timeout-duration", "voucherify.rate-limiter.header-pacing",
				"voucherify.rate-limiter.store", "voucherify.rate-limiter.store-timeout",
				"voucherify.rate-limiter.store-retry-interval", "voucherify.jobs.initial-interval",
				"voucherify.jobs.multiplier", "voucherify.jobs.max-interval", "voucherify.jobs.timeout",
				"voucherify.reconciliation.enabled",
				"voucherify.reconciliation.settle-delay", "voucherify.reconciliation.look-back",
				"voucherify.reconciliation.resend-not-applied", "voucherify.observation.http-client-requests", "voucherify.connection-pool.enabled",
				"voucherify.connection-pool.max-idle-time");
		properties.forEach((name, property) -> {
			String description = property.path("description").asString("");
			assertThat(description).as(name).isNotBlank().doesNotStartWith("The ").doesNotStartWith("A ");
		});
		assertThat(properties.get("voucherify.base-url").path("description").asString())
			.contains("https://us1.api.voucherify.io", "https://as1.api.voucherify.io");
		assertThat(properties.get("voucherify.base-url").path("defaultValue").asString())
			.isEqualTo("https://api.voucherify.io");
		assertThat(properties.get("voucherify.retry.max-attempts").path("description").asString())
			.contains("first call included");
		assertThat(properties.get("voucherify.retry.max-attempts").path("defaultValue").asInt()).isEqualTo(3);
		assertThat(properties.get("voucherify.rate-limiter.enabled").path("defaultValue").asBoolean()).isFalse();
		assertThat(properties.get("voucherify.reconciliation.enabled").path("defaultValue").asBoolean()).isTrue();
		assertThat(properties.get("voucherify.reconciliation.settle-delay").path("defaultValue").asString())
			.isEqualTo("3s");
		assertThat(properties.get("voucherify.reconciliation.look-back").path("defaultValue").asString())
			.isEqualTo("5m");
		assertThat(properties.get("voucherify.reconciliation.resend-not-applied").path("defaultValue").asBoolean())
			.isFalse();
		assertThat(properties.get("voucherify.observation.http-client-requests").path("defaultValue").asBoolean())
			.isFalse();
	}

	@Test
	void baseUrlHintsTheThreeRegionalHostsAndAllowsOthers() throws IOException {
		JsonNode hint = voucherifyEntries("hints").get("voucherify.base-url");
		assertThat(hint).as("hint for voucherify.base-url").isNotNull();
		assertThat(hint.path("values").findValuesAsString("value")).containsExactly("https://api.voucherify.io",
				"https://us1.api.voucherify.io", "https://as1.api.voucherify.io");
		assertThat(hint.path("values")).allSatisfy((value) -> assertThat(value.path("description").asString()).isNotBlank());
		assertThat(hint.path("providers").findValuesAsString("name")).containsExactly("any");
	}

	@Test
	void operationKeysHintEveryOperation() throws IOException {
		JsonNode hint = voucherifyEntries("hints").get("voucherify.operations.keys");
		assertThat(hint).as("hint for voucherify.operations.keys").isNotNull();
		assertThat(hint.path("values").findValuesAsString("value")).containsExactlyInAnyOrderElementsOf(
				java.util.Arrays.stream(dev.vouchkit.voucherify.VoucherifyOperation.values())
					// An await has no settings of its own: its polls are get-async-action and get-export.
					.filter((operation) -> !operation.isAwait())
					.map((operation) -> operation.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
					.toList());
	}

	/**
	 * The defaults live in the builders and the properties start from them; the annotation
	 * processor cannot read a default from another class, so
	 * {@code additional-spring-configuration-metadata.json} restates them for the metadata, and
	 * this keeps it true.
	 */
	@Test
	void metadataDefaultsAreTheValuesThePropertiesStartFrom() throws IOException {
		Map<String, JsonNode> metadata = voucherifyProperties();
		Map<String, Object> defaults = new LinkedHashMap<>();
		metadata.forEach((name, property) -> {
			if (property.hasNonNull("defaultValue")) {
				defaults.put(name, property.get("defaultValue").asString());
			}
		});
		VoucherifyProperties fromMetadata = new Binder(new MapConfigurationPropertySource(defaults))
			.bind("voucherify", VoucherifyProperties.class)
			.get();
		BeanWrapper expected = new BeanWrapperImpl(new VoucherifyProperties());
		BeanWrapper documented = new BeanWrapperImpl(fromMetadata);
		metadata.keySet().stream().filter((name) -> !name.equals("voucherify.operations")).forEach((name) -> {
			String path = camelCase(name.substring("voucherify.".length()));
			Object value = expected.getPropertyValue(path);
			assertThat(defaults.containsKey(name)).as("%s has a default in the metadata", name).isEqualTo(value != null);
			assertThat(documented.getPropertyValue(path)).as(name).isEqualTo(value);
		});
	}

	private static String camelCase(String kebabCase) {
		StringBuilder camel = new StringBuilder();
		for (int i = 0; i < kebabCase.length(); i++) {
			char c = kebabCase.charAt(i);
			camel.append((c == '-') ? Character.toUpperCase(kebabCase.charAt(++i)) : c);
		}
		return camel.toString();
	}

	private Map<String, JsonNode> voucherifyProperties() throws IOException {
		return voucherifyEntries("properties");
	}

	private Map<String, JsonNode> voucherifyEntries(String kind) throws IOException {
		JsonMapper json = JsonMapper.builder().build();
		Map<String, JsonNode> properties = new LinkedHashMap<>();
		List<URL> files = new ArrayList<>();
		Enumeration<URL> resources = getClass().getClassLoader()
			.getResources("META-INF/spring-configuration-metadata.json");
		while (resources.hasMoreElements()) {
			files.add(resources.nextElement());
		}
		for (URL file : files) {
			try (InputStream in = file.openStream()) {
				for (JsonNode property : json.readTree(in).path(kind)) {
					String name = property.path("name").asString();
					// The emulator (a test dependency) documents its own voucherify.emulator.* keys.
					if (name.startsWith("voucherify.") && !name.startsWith("voucherify.emulator.")) {
						properties.put(name, property);
					}
				}
			}
		}
		return properties;
	}

}
