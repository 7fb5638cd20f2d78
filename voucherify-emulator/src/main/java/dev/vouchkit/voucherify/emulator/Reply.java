package dev.vouchkit.voucherify.emulator;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/** A response to send: status, extra headers and a body (empty for 204). */
record Reply(int status, String contentType, byte[] body, Map<String, String> headers) {

	static final String JSON = "application/json; charset=utf-8";

	static Reply json(int status, JsonNode body) {
		return new Reply(status, JSON, Json.bytes(body), new LinkedHashMap<>());
	}

	static Reply raw(int status, String contentType, String body) {
		return new Reply(status, contentType, body.getBytes(StandardCharsets.UTF_8), new LinkedHashMap<>());
	}

	static Reply noContent() {
		return new Reply(204, null, new byte[0], new LinkedHashMap<>());
	}

	Reply withHeader(String name, String value) {
		this.headers.put(name, value);
		return this;
	}

}
