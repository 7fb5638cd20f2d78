package dev.vouchkit.voucherify.emulator.spring;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.vouchkit.voucherify.emulator.VoucherifyEmulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jar's generated configuration metadata documents every {@code voucherify.emulator.*} key
 * that {@link VoucherifyEmulatorConfiguration} reads, so IDEs complete them instead of flagging
 * them.
 */
class EmulatorConfigurationMetadataTest {

	@Test
	void everyKeyTheConfigurationReadsIsDocumentedWithItsDefault() throws IOException {
		Map<String, JsonNode> properties = emulatorProperties();
		assertThat(properties.keySet()).containsExactlyInAnyOrder(VoucherifyEmulatorConfiguration.PREFIX + "port",
				VoucherifyEmulatorConfiguration.PREFIX + "host", VoucherifyEmulatorConfiguration.PREFIX + "app-id",
				VoucherifyEmulatorConfiguration.PREFIX + "app-token", VoucherifyEmulatorConfiguration.PREFIX + "seed",
				VoucherifyEmulatorConfiguration.PREFIX + "rate-limit-per-minute");
		properties.forEach((name, property) -> {
			assertThat(property.path("description").asString("")).as(name).isNotBlank();
			assertThat(property.path("type").asString("")).as(name).startsWith("java.lang.");
		});
		assertThat(properties.get("voucherify.emulator.app-id").path("defaultValue").asString())
			.isEqualTo(VoucherifyEmulator.DEFAULT_APP_ID);
		assertThat(properties.get("voucherify.emulator.app-token").path("defaultValue").asString())
			.isEqualTo(VoucherifyEmulator.DEFAULT_APP_TOKEN);
		assertThat(properties.get("voucherify.emulator.port").path("defaultValue").asInt(-1)).isZero();
		assertThat(properties.get("voucherify.emulator.host").path("defaultValue").asString()).isEqualTo("127.0.0.1");
	}

	private Map<String, JsonNode> emulatorProperties() throws IOException {
		JsonMapper json = JsonMapper.builder().build();
		Map<String, JsonNode> properties = new LinkedHashMap<>();
		for (URL file : Collections.list(getClass().getClassLoader()
			.getResources("META-INF/spring-configuration-metadata.json"))) {
			try (InputStream in = file.openStream()) {
				for (JsonNode property : json.readTree(in).path("properties")) {
					if (property.path("name").asString().startsWith(VoucherifyEmulatorConfiguration.PREFIX)) {
						properties.put(property.path("name").asString(), property);
					}
				}
			}
		}
		return properties;
	}

}
