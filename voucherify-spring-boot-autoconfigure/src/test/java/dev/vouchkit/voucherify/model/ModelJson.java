package dev.vouchkit.voucherify.model;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.vouchkit.voucherify.testsupport.VoucherifySpec;
import dev.vouchkit.voucherify.testsupport.VoucherifySpec.ResponseExample;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * Mappers and helpers shared by the model tests.
 */
public final class ModelJson {

	/** What the client uses when nothing is configured. */
	static final JsonMapper PLAIN = JsonMapper.builder().build();

	/**
	 * An application mapper with hostile settings: strict about unknown properties, snake_case
	 * naming, and nulls included by default.
	 */
	static final JsonMapper STRICT_SNAKE_CASE = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
		.changeDefaultPropertyInclusion((inclusion) -> inclusion.withValueInclusion(JsonInclude.Include.ALWAYS))
		.build();

	/** Another application mapper: strict about unknown properties, lowerCamelCase naming. */
	static final JsonMapper STRICT_LOWER_CAMEL_CASE = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.propertyNamingStrategy(PropertyNamingStrategies.LOWER_CAMEL_CASE)
		.build();

	static final Map<String, JsonMapper> MAPPERS = Map.of("plain", PLAIN, "strict+SNAKE_CASE", STRICT_SNAKE_CASE,
			"strict+LOWER_CAMEL_CASE", STRICT_LOWER_CAMEL_CASE);

	private ModelJson() {
	}

	/** The model type a response example decodes into. */
	public static Class<?> modelFor(ResponseExample example) {
		if (!example.isSuccess()) {
			return ApiError.class;
		}
		return switch (example.operationId()) {
			case "list-vouchers" -> VoucherList.class;
			case "get-voucher", "enable-voucher", "disable-voucher" -> Voucher.class;
			case "update-voucher-balance" -> BalanceUpdateResponse.class;
			case "list-voucher-transactions" -> VoucherTransactionList.class;
			case "export-voucher-transactions" -> TransactionsExport.class;
			case "import-vouchers-using-csv" -> CsvImportResponse.class;
			default -> throw new IllegalArgumentException("No model for " + example);
		};
	}

	static ResponseExample example(String operationId, String name) {
		return VoucherifySpec.responseExamples(operationId)
			.stream()
			.filter((example) -> example.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No example '" + name + "' for " + operationId));
	}

	static <T> T decode(String operationId, String name, Class<T> type) {
		return PLAIN.treeToValue(example(operationId, name).value(), type);
	}

	/**
	 * Compares an example with the re-serialized model. Returns the JSON pointers of example
	 * values that did not survive; collects into {@code droppedNulls} the pointers of
	 * example keys that were {@code null} and are now absent or an empty default (that is how
	 * {@code @JsonInclude(NON_NULL)} and the never-null collections behave).
	 */
	static List<String> lostValues(JsonNode expected, JsonNode actual, List<String> droppedNulls) {
		List<String> lost = new ArrayList<>();
		compare(expected, actual, "", lost, droppedNulls);
		return lost;
	}

	private static void compare(JsonNode expected, JsonNode actual, String pointer, List<String> lost,
			List<String> droppedNulls) {
		if (expected.isObject()) {
			if (actual == null || !actual.isObject()) {
				lost.add(pointer + " (expected an object, got " + actual + ")");
				return;
			}
			for (Map.Entry<String, JsonNode> property : expected.properties()) {
				String child = pointer + "/" + property.getKey();
				JsonNode actualValue = actual.get(property.getKey());
				if (property.getValue().isNull()) {
					if (actualValue == null || (!actualValue.isNull() && actualValue.isEmpty())) {
						droppedNulls.add(child);
					}
					else if (!actualValue.isNull()) {
						lost.add(child + " (expected null, got " + actualValue + ")");
					}
				}
				else if (actualValue == null || actualValue.isNull()) {
					lost.add(child);
				}
				else {
					compare(property.getValue(), actualValue, child, lost, droppedNulls);
				}
			}
		}
		else if (expected.isArray()) {
			if (actual == null || !actual.isArray() || actual.size() != expected.size()) {
				lost.add(pointer + " (expected " + expected + ", got " + actual + ")");
				return;
			}
			for (int i = 0; i < expected.size(); i++) {
				compare(expected.get(i), actual.get(i), pointer + "/" + i, lost, droppedNulls);
			}
		}
		else if (!sameScalar(expected, actual)) {
			lost.add(pointer + " (expected " + expected + ", got " + actual + ")");
		}
	}

	private static boolean sameScalar(JsonNode expected, JsonNode actual) {
		if (expected.isNumber() && actual.isNumber()) {
			return new BigDecimal(expected.asString()).compareTo(new BigDecimal(actual.asString())) == 0;
		}
		if (expected.isString() && actual.isString() && !expected.asString().equals(actual.asString())) {
			// 2022-09-01T00:00:00.000Z comes back as 2022-09-01T00:00:00Z: the same instant
			try {
				return OffsetDateTime.parse(expected.asString())
					.toInstant()
					.equals(OffsetDateTime.parse(actual.asString()).toInstant());
			}
			catch (DateTimeParseException ex) {
				return false;
			}
		}
		return expected.equals(actual);
	}

}
