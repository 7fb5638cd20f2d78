package dev.vouchkit.voucherify;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.bean.BeanDeserializerBase;
import tools.jackson.databind.deser.std.StdValueInstantiator;
import tools.jackson.databind.json.JsonMapper;

import dev.vouchkit.voucherify.model.BalanceUpdateRequest;
import dev.vouchkit.voucherify.model.Gift;
import dev.vouchkit.voucherify.model.ModelJson;
import dev.vouchkit.voucherify.model.Voucher;
import dev.vouchkit.voucherify.testsupport.VoucherifySpec;
import dev.vouchkit.voucherify.testsupport.VoucherifySpec.ResponseExample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.assertj.core.api.Assertions.catchException;

/**
 * The client's mapper builds the model's records through constructor handles of its own
 * ({@link VoucherifyJson.ModelConstructors}); what it reads, and how it fails, must be
 * exactly what Jackson's own instantiation gives.
 */
class VoucherifyJsonTests {

	/** The client's settings without the constructor handles: Jackson's own instantiation. */
	private static final JsonMapper JACKSON_INSTANTIATION = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.disable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
		.disable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
		.build();

	@Test
	void everySpecExampleReadsAsJacksonReadsIt() {
		List<ResponseExample> examples = VoucherifySpec.allResponseExamples();
		assertThat(examples).hasSizeGreaterThan(20);
		for (ResponseExample example : examples) {
			Class<?> type = ModelJson.modelFor(example);
			Object ours = VoucherifyJson.MAPPER.readValue(example.json(), type);
			assertThat(ours).as(example.toString())
				.isEqualTo(JACKSON_INSTANTIATION.readValue(example.json(), type))
				.isNotNull();
		}
	}

	@Test
	void modelRecordsAreBuiltThroughConstructorHandlesOthersAsJacksonBuildsThem() {
		assertThat(valueInstantiator(VoucherifyJson.MAPPER, Voucher.class).getClass().getSimpleName())
			.isEqualTo("ConstructorHandleInstantiator");
		assertThat(valueInstantiator(VoucherifyJson.MAPPER, Gift.class).getClass().getSimpleName())
			.isEqualTo("ConstructorHandleInstantiator");
		assertThat(valueInstantiator(VoucherifyJson.MAPPER, ElsewhereRecord.class))
			.isExactlyInstanceOf(StdValueInstantiator.class);
		assertThat(valueInstantiator(JACKSON_INSTANTIATION, Voucher.class))
			.isExactlyInstanceOf(StdValueInstantiator.class);
	}

	private static ValueInstantiator valueInstantiator(JsonMapper mapper, Class<?> type) {
		DeserializationContext context = mapper._deserializationContext();
		ValueDeserializer<Object> deserializer = context.findRootValueDeserializer(context.constructType(type));
		return ((BeanDeserializerBase) deserializer).getValueInstantiator();
	}

	@Test
	void constructorFailureIsReportedAsJacksonReportsIt() {
		String json = "{\"source_id\":\"sale-1\"}";
		Exception jackson = catchException(() -> JACKSON_INSTANTIATION.readValue(json, BalanceUpdateRequest.class));
		assertThatException().isThrownBy(() -> VoucherifyJson.MAPPER.readValue(json, BalanceUpdateRequest.class))
			.isExactlyInstanceOf(jackson.getClass())
			.withMessage(jackson.getMessage())
			.withRootCauseExactlyInstanceOf(IllegalArgumentException.class);
		assertThat(jackson.getMessage()).contains("amount is required");
	}

	/** A record outside the model: left to Jackson. */
	record ElsewhereRecord(String code) {
	}

}
