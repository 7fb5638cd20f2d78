package dev.vouchkit.voucherify;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

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
 * ({@link VoucherifyJson.ModelConstructors}) and reads the API's timestamps itself
 * ({@link VoucherifyJson.ApiTimestamps}); what it reads, and how it fails, must be exactly
 * what Jackson's own instantiation and timestamps give.
 */
class VoucherifyJsonTests {

	/** The client's settings without the constructor handles and timestamps: Jackson's own. */
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

	@Test
	void timestampsReadAsJacksonReadsThemAndFailAsItFails() {
		List<String> texts = new ArrayList<>(List.of("2022-07-08T09:44:33.179Z", "2022-07-08T09:44:33Z",
				"2022-07-08T09:44:33.1Z", "2022-07-08T09:44:33.123456789Z", "2022-07-08T09:44:33.1234567891Z",
				"2022-07-08T09:44:33.Z", "2022-07-08T09:44:33.179", "2022-07-08T09:44Z", "2022-07-08T09:44:33+02:00",
				"2022-07-08T09:44:33.5-05:30", "2022-07-08T09:44:33+00:00", "2022-07-08T09:44:33-00:00",
				"2022-07-08T09:44:33+18:00", "2022-07-08T09:44:33-18:00", "2022-07-08T09:44:33+19:00",
				"2022-07-08T09:44:33+05:60", "2022-07-08T09:44:33+0200", "2022-07-08T09:44:33+02:00:30",
				"2022-07-08T09:44:33+02", "2022-07-08t09:44:33z", "2022-07-08 09:44:33Z", " 2022-07-08T09:44:33Z ",
				"2024-02-29T00:00:00Z", "2023-02-29T00:00:00Z", "2022-13-01T00:00:00Z", "2022-00-10T00:00:00Z",
				"2022-04-31T00:00:00Z", "2022-07-08T24:00:00Z", "2022-07-08T23:60:00Z", "2022-07-08T23:59:60Z",
				"0000-01-01T00:00:00Z", "0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59.999999999-18:00",
				"+12022-07-08T09:44:33Z", "-2022-07-08T09:44:33Z", "2022-07-08T09:44:33", "2022-07-08",
				"1657273473179", "1657273473.179", "", "   ", "not a timestamp at all, no", "2022-07-08T09:44:3AZ",
				"2022-07-08T09:44:33.17\u0669Z", "2022-07-08T09:44:33.179Z+", "2022/07/08T09:44:33.179Z"));
		Random random = new Random(20260708);
		for (int i = 0; i < 3000; i++) {
			texts.add(randomTimestamp(random));
		}
		int readByTheClient = 0;
		for (String text : texts) {
			String json = "\"" + text + "\"";
			Exception jacksonFailure = catchException(() -> JACKSON_INSTANTIATION.readValue(json, OffsetDateTime.class));
			if (jacksonFailure != null) {
				assertThatException().as(text)
					.isThrownBy(() -> VoucherifyJson.MAPPER.readValue(json, OffsetDateTime.class))
					.isExactlyInstanceOf(jacksonFailure.getClass())
					.withMessage(jacksonFailure.getMessage());
				assertThat(VoucherifyJson.ApiTimestamps.parse(text)).as(text).isNull();
				continue;
			}
			// As objects: AssertJ compares OffsetDateTimes by instant, equals() also by offset.
			Object jackson = JACKSON_INSTANTIATION.readValue(json, OffsetDateTime.class);
			assertThat((Object) VoucherifyJson.MAPPER.readValue(json, OffsetDateTime.class)).as(text).isEqualTo(jackson);
			Object client = VoucherifyJson.ApiTimestamps.parse(text);
			if (client != null) {
				assertThat(client).as(text).isEqualTo(jackson);
				readByTheClient++;
			}
			String voucher = "{\"code\":\"GIFT-1\",\"created_at\":" + json + "}";
			assertThat(VoucherifyJson.MAPPER.readValue(voucher, Voucher.class))
				.isEqualTo(JACKSON_INSTANTIATION.readValue(voucher, Voucher.class));
		}
		// The API's own form, with and without a fraction, is what the client reads itself.
		assertThat(readByTheClient).isGreaterThan(2000);
		assertThat(VoucherifyJson.ApiTimestamps.parse("2022-07-08T09:44:33.179Z")).isNotNull();
		assertThat(VoucherifyJson.ApiTimestamps.parse("2022-07-08T09:44:33Z")).isNotNull();
	}

	/** Valid and invalid fields, every fraction length, and the offsets of both sides of UTC. */
	private static String randomTimestamp(Random random) {
		String[] offsets = { "Z", "Z", "Z", "+00:00", "-00:00", "+05:30", "-03:30", "+14:00", "-12:00", "+18:00" };
		StringBuilder text = new StringBuilder(String.format("%04d-%02d-%02dT%02d:%02d:%02d", random.nextInt(10000),
				1 + random.nextInt(13), 1 + random.nextInt(31), random.nextInt(25), random.nextInt(61),
				random.nextInt(61)));
		int fractionDigits = random.nextInt(12);
		if (fractionDigits > 0) {
			text.append('.');
			for (int digit = 1; digit < fractionDigits; digit++) {
				text.append(random.nextInt(10));
			}
		}
		return text.append(offsets[random.nextInt(offsets.length)]).toString();
	}

	/** A record outside the model: left to Jackson. */
	record ElsewhereRecord(String code) {
	}

}
