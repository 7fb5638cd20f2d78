package dev.vouchkit.voucherify.emulator;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** JSON and timestamp helpers shared by the handlers. */
final class Json {

	static final JsonMapper MAPPER = JsonMapper.builder().build();

	/** The API prints timestamps with exactly three fraction digits, e.g. 2022-09-19T10:06:07.932Z. */
	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
		.withZone(ZoneOffset.UTC);

	private Json() {
	}

	static ObjectNode object() {
		return MAPPER.createObjectNode();
	}

	static ArrayNode array() {
		return MAPPER.createArrayNode();
	}

	static JsonNode parse(String json) {
		return MAPPER.readTree(json);
	}

	static byte[] bytes(JsonNode node) {
		return MAPPER.writeValueAsBytes(node);
	}

	static String timestamp(Instant instant) {
		return instant == null ? null : TIMESTAMP.format(instant);
	}

	static void putTimestamp(ObjectNode node, String field, Instant instant) {
		if (instant == null) {
			node.putNull(field);
		}
		else {
			node.put(field, timestamp(instant));
		}
	}

	static Instant millis(Instant instant) {
		return instant.truncatedTo(ChronoUnit.MILLIS);
	}

	/** Text of a field, or null when absent or JSON null. */
	static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value == null || value.isNull()) ? null : value.asString();
	}

}
