package dev.vouchkit.sample;

import java.beans.PropertyDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.BeanUtils;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the README's "Configuration reference" table and the sample's application.yml in
 * step with the configuration metadata the starter's build generates: the same
 * {@code voucherify.*} keys, with the same defaults.
 */
class ConfigurationReferenceTests {

	private static final Path README = Path.of("..", "README.md");

	/** {@code | `voucherify.x` | `default` | description |}; the default cell may be empty. */
	private static final Pattern TABLE_ROW = Pattern.compile("^\\| `(voucherify\\.[^`]+)` \\| (?:`([^`]*)`)? *\\|.*");

	/** Map-valued properties ({@code voucherify.operations}) are documented per key, with this placeholder. */
	private static final String MAP_KEY = "<operation>";

	@Test
	void readmeTableListsEveryProperty() throws Exception {
		assertThat(readmeTable().keySet()).as("keys in the README table")
			.containsExactlyInAnyOrderElementsOf(metadata().keySet());
	}

	@Test
	void readmeTableGivesEachPropertysDefault() throws Exception {
		Map<String, String> documented = readmeTable();
		metadata().forEach((name, defaultValue) -> {
			if (documented.containsKey(name)) {
				assertThat(sameDefault(documented.get(name), defaultValue))
					.as("default of %s: README says %s, metadata %s", name, documented.get(name), defaultValue)
					.isTrue();
			}
		});
	}

	/** Settings the sample's application.yml deliberately sets to something other than the default. */
	private static final List<String> SAMPLE_CHOICES = List.of("voucherify.rate-limiter.enabled");

	/**
	 * The sample's application.yml lists every setting that has a default, with that default
	 * unless it is one of the sample's own choices.
	 */
	@Test
	void applicationYmlGivesEachPropertysDefault() throws Exception {
		Map<String, JsonNode> metadata = metadata();
		Map<String, String> listed = new TreeMap<>();
		for (PropertySource<?> source : new YamlPropertySourceLoader().load("application.yml",
				new ClassPathResource("application.yml"))) {
			for (String name : ((EnumerablePropertySource<?>) source).getPropertyNames()) {
				if (name.startsWith("voucherify.") && !name.startsWith("voucherify.operations.")) {
					listed.put(name, String.valueOf(source.getProperty(name)));
				}
			}
		}
		assertThat(metadata.keySet()).as("metadata keys").containsAll(listed.keySet());
		metadata.forEach((name, defaultValue) -> {
			if (defaultValue != null && !defaultValue.isNull()) {
				assertThat(listed).as("application.yml lists %s", name).containsKey(name);
				assertThat(SAMPLE_CHOICES.contains(name) || sameDefault(listed.get(name), defaultValue))
					.as("default of %s: application.yml says %s, metadata %s", name, listed.get(name), defaultValue)
					.isTrue();
			}
		});
	}

	private static Map<String, String> readmeTable() throws IOException {
		List<String> lines = Files.readAllLines(README);
		int start = lines.indexOf("## Configuration reference");
		assertThat(start).as("README section ## Configuration reference").isNotNegative();
		Map<String, String> rows = new TreeMap<>();
		for (String line : lines.subList(start + 1, lines.size())) {
			if (line.startsWith("## ")) {
				break;
			}
			Matcher row = TABLE_ROW.matcher(line);
			if (row.matches()) {
				assertThat(rows.put(row.group(1), row.group(2))).as("row %s appears once", row.group(1)).isNull();
			}
		}
		return rows;
	}

	/** Every {@code voucherify.*} property of the metadata on the classpath, the starter's jar included. */
	private static Map<String, JsonNode> metadata() throws Exception {
		Map<String, JsonNode> properties = new TreeMap<>();
		Resource[] files = new PathMatchingResourcePatternResolver()
			.getResources("classpath*:META-INF/spring-configuration-metadata.json");
		for (Resource file : files) {
			try (InputStream input = file.getInputStream()) {
				for (JsonNode property : JsonMapper.builder().build().readTree(input).path("properties")) {
					String name = property.path("name").asString();
					// The emulator's voucherify.emulator.* settings are documented in its own README.
					if (name.startsWith("voucherify.") && !name.startsWith("voucherify.emulator.")) {
						putProperty(properties, name, property);
					}
				}
			}
		}
		assertThat(properties).as("voucherify.* metadata on the classpath").isNotEmpty();
		return properties;
	}

	/** A map of settings objects becomes one entry per field of the value type, none with a default. */
	private static void putProperty(Map<String, JsonNode> properties, String name, JsonNode property)
			throws ClassNotFoundException {
		String type = property.path("type").asString();
		if (!type.startsWith("java.util.Map<")) {
			properties.put(name, property.get("defaultValue"));
			return;
		}
		String valueType = type.substring(type.indexOf(',') + 1, type.length() - 1);
		for (PropertyDescriptor field : BeanUtils.getPropertyDescriptors(Class.forName(valueType))) {
			if (field.getWriteMethod() != null) {
				properties.put(name + "." + MAP_KEY + "." + kebabCase(field.getName()), null);
			}
		}
	}

	private static boolean sameDefault(String documented, JsonNode generated) {
		if (generated == null || generated.isNull()) {
			return documented == null;
		}
		if (documented == null) {
			return false;
		}
		if (generated.isNumber()) {
			return new BigDecimal(documented).compareTo(generated.decimalValue()) == 0;
		}
		return documented.equals(generated.asString());
	}

	private static String kebabCase(String camelCase) {
		return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
	}

}
