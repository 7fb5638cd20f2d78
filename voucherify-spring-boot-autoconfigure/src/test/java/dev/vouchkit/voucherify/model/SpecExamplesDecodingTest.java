package dev.vouchkit.voucherify.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import dev.vouchkit.voucherify.testsupport.VoucherifySpec;
import dev.vouchkit.voucherify.testsupport.VoucherifySpec.ResponseExample;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every response example of the ten operations in the vendor spec decodes into our models,
 * with any application mapper, and comes back out without losing a value.
 */
class SpecExamplesDecodingTest {

	/**
	 * The only example keys that do not come back: they are {@code null} in the examples, and
	 * {@code @JsonInclude(NON_NULL)} leaves them out (or, for {@code validity_day_of_week},
	 * the never-null list writes {@code []}). They are optional voucher fields, where absent
	 * and {@code null} mean the same. Nothing with a value is lost, and the fields the spec
	 * requires but allows to be null (transaction {@code source_id}, {@code source},
	 * {@code reason}, {@code related_transaction_id}, {@code details.order.source_id}, export
	 * {@code result} and {@code user_id}) and {@code redemption.quantity} (null = unlimited)
	 * keep their explicit null.
	 */
	private static final Set<String> KEYS_DROPPED_WHEN_NULL = Set.of("campaign", "campaign_id", "category",
			"category_id", "discount", "gift", "loyalty_card", "start_date", "expiration_date", "validity_timeframe",
			"validity_day_of_week", "additional_info");

	@TestFactory
	Stream<DynamicTest> everyExampleDecodesWithEveryMapper() {
		List<DynamicTest> tests = new ArrayList<>();
		for (ResponseExample example : VoucherifySpec.allResponseExamples()) {
			Class<?> type = ModelJson.modelFor(example);
			for (Map.Entry<String, JsonMapper> mapper : ModelJson.MAPPERS.entrySet()) {
				tests.add(DynamicTest.dynamicTest(example + " -> " + type.getSimpleName() + " with " + mapper.getKey(),
						() -> {
							Object decoded = mapper.getValue().readValue(example.json(), type);
							assertThat(decoded).isNotNull();
							// what any mapper writes is what the plain mapper writes
							assertThat(mapper.getValue().valueToTree(decoded).toString())
								.isEqualTo(ModelJson.PLAIN.valueToTree(ModelJson.PLAIN.readValue(example.json(), type))
									.toString());
						}));
			}
		}
		assertThat(tests).hasSize(26 * 3);
		return tests.stream();
	}

	@TestFactory
	Stream<DynamicTest> everyExampleValueSurvivesARoundTrip() {
		return VoucherifySpec.allResponseExamples().stream().map((example) -> DynamicTest.dynamicTest(example.toString(), () -> {
			Object decoded = ModelJson.PLAIN.treeToValue(example.value(), ModelJson.modelFor(example));
			JsonNode written = ModelJson.PLAIN.valueToTree(decoded);
			List<String> droppedNulls = new ArrayList<>();
			assertThat(ModelJson.lostValues(example.value(), written, droppedNulls)).as("values lost").isEmpty();
			assertThat(droppedNulls).allSatisfy((pointer) -> assertThat(KEYS_DROPPED_WHEN_NULL)
				.contains(pointer.substring(pointer.lastIndexOf('/') + 1)));
		}));
	}

	@Test
	void onlyNullValuedKeysAreDropped() {
		Set<String> dropped = new TreeSet<>();
		for (ResponseExample example : VoucherifySpec.allResponseExamples()) {
			List<String> droppedNulls = new ArrayList<>();
			ModelJson.lostValues(example.value(),
					ModelJson.PLAIN.valueToTree(ModelJson.PLAIN.treeToValue(example.value(), ModelJson.modelFor(example))),
					droppedNulls);
			droppedNulls.forEach((pointer) -> dropped.add(pointer.substring(pointer.lastIndexOf('/') + 1)));
		}
		// every name in the allow-list really occurs, so the list stays honest
		assertThat(dropped).containsExactlyInAnyOrderElementsOf(KEYS_DROPPED_WHEN_NULL);
	}

	/**
	 * What our records write is itself valid against the response schemas, so an emulator or
	 * stub can serve them. The one exception is the spec's balance example, which leaves out
	 * {@code operation_type} although the schema requires it.
	 */
	@TestFactory
	Stream<DynamicTest> reSerializedExamplesMatchTheResponseSchemas() {
		return VoucherifySpec.allResponseExamples().stream().map((example) -> DynamicTest.dynamicTest(example.toString(), () -> {
			String written = ModelJson.PLAIN
				.writeValueAsString(ModelJson.PLAIN.treeToValue(example.value(), ModelJson.modelFor(example)));
			String path = example.path().replace("{code}", "GIFT-CARD-1").replace("{sessionKey}", "ssn_1");
			if (example.operationId().equals("update-voucher-balance") && example.isSuccess()) {
				assertThat(VoucherifySpec.format(VoucherifySpec.validateResponse(example.method(), path,
						example.status(), "application/json", written)))
					.contains("missing required properties ([\"operation_type\"])");
				return;
			}
			VoucherifySpec.assertValidResponse(example.method(), path, example.status(), "application/json", written);
		}));
	}

}
