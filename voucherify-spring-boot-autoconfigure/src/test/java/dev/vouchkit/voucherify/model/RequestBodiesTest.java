package dev.vouchkit.voucherify.model;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import dev.vouchkit.voucherify.testsupport.VoucherifySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The request records: construction rules, and their JSON validates against the spec's
 * request schemas.
 */
class RequestBodiesTest {

	private static final String BALANCE = "/v1/vouchers/GIFT-CARD-1/balance";

	private static final String EXPORT = "/v1/vouchers/GIFT-CARD-1/transactions/export";

	@Test
	void balanceUpdateFactories() {
		assertThat(BalanceUpdateRequest.of(-5)).isEqualTo(new BalanceUpdateRequest(-5L, null, null));
		assertThat(BalanceUpdateRequest.add(10_000)).isEqualTo(new BalanceUpdateRequest(10_000L, null, null));
		assertThat(BalanceUpdateRequest.subtract(2_000).amount()).isEqualTo(-2_000L);
		assertThat(BalanceUpdateRequest.add(1).withSourceId("s-1").withReason("r"))
			.isEqualTo(new BalanceUpdateRequest(1L, "s-1", "r"));
		assertThat(BalanceUpdateRequest.builder().amount(7).sourceId("s").reason("why").build())
			.isEqualTo(new BalanceUpdateRequest(7L, "s", "why"));
	}

	@Test
	void balanceUpdateRejectsAMissingAmountAndNonPositiveAddOrSubtract() {
		assertThatIllegalArgumentException().isThrownBy(() -> new BalanceUpdateRequest(null, "s", "r"))
			.withMessageContaining("amount");
		assertThatIllegalArgumentException().isThrownBy(() -> BalanceUpdateRequest.builder().reason("r").build())
			.withMessageContaining("amount");
		assertThatIllegalArgumentException().isThrownBy(() -> BalanceUpdateRequest.add(0))
			.withMessage("amount must be greater than 0, was 0");
		assertThatIllegalArgumentException().isThrownBy(() -> BalanceUpdateRequest.add(-3))
			.withMessageContaining("amount");
		assertThatIllegalArgumentException().isThrownBy(() -> BalanceUpdateRequest.subtract(-3))
			.withMessageContaining("amount");
		assertThatIllegalArgumentException().isThrownBy(() -> BalanceUpdateRequest.subtract(Long.MIN_VALUE))
			.withMessageContaining("amount");
	}

	@ParameterizedTest
	@ValueSource(strings = { "plain", "strict+SNAKE_CASE", "strict+LOWER_CAMEL_CASE" })
	void balanceUpdateJson(String mapperName) {
		JsonMapper mapper = ModelJson.MAPPERS.get(mapperName);
		assertThat(mapper.writeValueAsString(BalanceUpdateRequest.add(10_000))).isEqualTo("{\"amount\":10000}");
		assertThat(mapper.writeValueAsString(BalanceUpdateRequest.subtract(1).withSourceId("s").withReason("r")))
			.isEqualTo("{\"amount\":-1,\"source_id\":\"s\",\"reason\":\"r\"}");
		// the emulator can read requests with the same records
		assertThat(mapper.readValue("{\"amount\":5,\"source_id\":\"x\",\"extra\":1}", BalanceUpdateRequest.class))
			.isEqualTo(new BalanceUpdateRequest(5L, "x", null));
		assertThatException().isThrownBy(() -> mapper.readValue("{\"reason\":\"r\"}", BalanceUpdateRequest.class))
			.withStackTraceContaining("amount is required");
	}

	@Test
	void balanceUpdateBodiesMatchTheSpec() {
		for (BalanceUpdateRequest request : List.of(BalanceUpdateRequest.add(10_000),
				BalanceUpdateRequest.subtract(2_000).withSourceId("20230317_subtract_1").withReason("Subtracting"),
				BalanceUpdateRequest.of(0), BalanceUpdateRequest.of(Long.MAX_VALUE))) {
			for (JsonMapper mapper : ModelJson.MAPPERS.values()) {
				VoucherifySpec.assertValidRequest("POST", BALANCE, VoucherifySpec.authHeaders(), "application/json",
						mapper.writeValueAsString(request));
			}
		}
	}

	@Test
	void exportRequestFactories() {
		assertThat(ExportTransactionsRequest.empty().parameters()).isNull();
		assertThat(ExportTransactionsRequest.of(ExportOrder.CREATED_AT, ExportField.ID, ExportField.AMOUNT))
			.isEqualTo(new ExportTransactionsRequest(
					new ExportParameters(ExportOrder.CREATED_AT, List.of(ExportField.ID, ExportField.AMOUNT))));
		assertThat(ExportTransactionsRequest.of(ExportParameters.of(null)).parameters().fields()).isEmpty();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ExportParameters(null, Arrays.asList(ExportField.ID, null)))
			.withMessageContaining("fields");
	}

	@ParameterizedTest
	@ValueSource(strings = { "plain", "strict+SNAKE_CASE", "strict+LOWER_CAMEL_CASE" })
	void exportRequestJson(String mapperName) {
		JsonMapper mapper = ModelJson.MAPPERS.get(mapperName);
		assertThat(mapper.writeValueAsString(ExportTransactionsRequest.empty())).isEqualTo("{}");
		assertThat(mapper.writeValueAsString(ExportTransactionsRequest.of(ExportParameters.of(null)))).isEqualTo(
				"{\"parameters\":{}}");
		assertThat(mapper.writeValueAsString(ExportTransactionsRequest.of(ExportOrder.CREATED_AT_DESC)))
			.isEqualTo("{\"parameters\":{\"order\":\"-created_at\"}}");
		assertThat(mapper.writeValueAsString(
				ExportTransactionsRequest.of(ExportOrder.CREATED_AT, ExportField.ID, ExportField.RELATED_TRANSACTION_ID)))
			.isEqualTo("{\"parameters\":{\"order\":\"created_at\",\"fields\":[\"id\",\"related_transaction_id\"]}}");
	}

	@Test
	void exportBodiesMatchTheSpec() {
		List<ExportTransactionsRequest> requests = List.of(ExportTransactionsRequest.empty(),
				ExportTransactionsRequest.of(ExportParameters.of(null)),
				ExportTransactionsRequest.of(ExportOrder.CREATED_AT_DESC),
				ExportTransactionsRequest.of(ExportOrder.CREATED_AT, ExportField.AMOUNT),
				ExportTransactionsRequest.of(null, ExportField.knownValues().toArray(ExportField[]::new)));
		for (ExportTransactionsRequest request : requests) {
			for (JsonMapper mapper : ModelJson.MAPPERS.values()) {
				VoucherifySpec.assertValidRequest("POST", EXPORT, VoucherifySpec.authHeaders(), "application/json",
						mapper.writeValueAsString(request));
			}
		}
		// the spec's own request example is what our records produce
		String specExample = VoucherifySpec.spec()
			.at("/paths/~1v1~1vouchers~1{code}~1transactions~1export/post/requestBody/content/application~1json/examples/Example/value")
			.toString();
		ExportTransactionsRequest decoded = ModelJson.PLAIN.readValue(specExample, ExportTransactionsRequest.class);
		assertThat(ModelJson.PLAIN.readTree(ModelJson.PLAIN.writeValueAsString(decoded)))
			.isEqualTo(ModelJson.PLAIN.readTree(specExample));
		// a value the spec does not list would be caught by the check
		assertThat(VoucherifySpec.validateRequest("POST", EXPORT, VoucherifySpec.authHeaders(), "application/json",
				ModelJson.PLAIN.writeValueAsString(ExportTransactionsRequest.of(null, ExportField.of("mood"))))
			.hasErrors()).isTrue();
	}

	@Test
	void theSpecsBalanceRequestExampleIsWhatOurRecordProduces() {
		String specExample = VoucherifySpec.spec()
			.at("/paths/~1v1~1vouchers~1{code}~1balance/post/requestBody/content/application~1json/examples/Example/value")
			.toString();
		assertThat(specExample).isEqualTo("{\"amount\":10000}");
		assertThat(ModelJson.PLAIN.writeValueAsString(BalanceUpdateRequest.add(10_000))).isEqualTo(specExample);
		assertThat(Map.of("amount", 10000)).isEqualTo(ModelJson.PLAIN.readValue(specExample, Map.class));
	}

}
