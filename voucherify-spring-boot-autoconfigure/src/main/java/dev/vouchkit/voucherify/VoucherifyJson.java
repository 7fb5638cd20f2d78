package dev.vouchkit.voucherify;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The client's own JSON settings, fixed by the API's contract: replies and request bodies are
 * read and written with them whatever the application configures for its own JSON
 * ({@code spring.jackson.*}, a {@code JsonMapper} bean, codec customizers), so a strict or
 * renamed application mapper can neither reject valid replies nor change what is sent.
 */
final class VoucherifyJson {

	/**
	 * Jackson's defaults, made explicit where the API depends on them: it adds fields over time,
	 * sends explicit {@code null}s and leaves keys out, and the records accept all three.
	 */
	static final JsonMapper MAPPER = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.disable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
		.disable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
		.build();

	private VoucherifyJson() {
	}

}
