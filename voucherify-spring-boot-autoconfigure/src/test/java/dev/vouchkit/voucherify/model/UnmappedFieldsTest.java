package dev.vouchkit.voucherify.model;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Keys the records do not map stay readable on every reply object, through
 * {@link OpenObject#other()}, and are written back out unchanged.
 */
class UnmappedFieldsTest {

	/** Keys no model maps: a scalar, an object, an array and an explicit null. */
	private static final String UNKNOWN_KEYS = """
			"loyalty_tier":"gold","holder":{"id":"cust_1","tags":["vip"]},"tiers":[1,2],"sunset_at":null""";

	/** Every reply body type of {@code VouchersOperations}, with one mapped key each. */
	private static final Map<Class<? extends OpenObject>, String> REPLIES = Map.of(Voucher.class,
			"\"code\":\"GIFT-1\"", VoucherList.class, "\"total\":1", VoucherTransaction.class, "\"id\":\"vtx_1\"",
			VoucherTransactionList.class, "\"has_more\":false", TransactionsExport.class, "\"id\":\"exp_1\"",
			CsvImportResponse.class, "\"async_action_id\":\"aa_1\"", BalanceUpdateResponse.class, "\"balance\":7500",
			AsyncAction.class, "\"id\":\"aa_1\"");

	@TestFactory
	Stream<DynamicTest> everyReplyKeepsUnknownKeysWithEveryMapper() {
		return REPLIES.entrySet()
			.stream()
			.flatMap((reply) -> ModelJson.MAPPERS.entrySet()
				.stream()
				.map((mapper) -> DynamicTest.dynamicTest(reply.getKey().getSimpleName() + " with " + mapper.getKey(),
						() -> {
							String json = "{" + reply.getValue() + "," + UNKNOWN_KEYS + "}";
							OpenObject decoded = mapper.getValue().readValue(json, reply.getKey());
							assertThat(decoded.other()).containsOnlyKeys("loyalty_tier", "holder", "tiers",
									"sunset_at");
							assertThat(decoded.other("loyalty_tier")).isEqualTo("gold");
							assertThat(decoded.other("holder"))
								.isEqualTo(Map.of("id", "cust_1", "tags", List.of("vip")));
							assertThat(decoded.other("tiers")).isEqualTo(List.of(1, 2));
							assertThat(decoded.other()).containsEntry("sunset_at", null);
							assertThat(decoded.other("absent")).isNull();
							// written back unchanged, next to the mapped keys, never as an "other" key
							JsonNode written = mapper.getValue().valueToTree(decoded);
							assertThat(written.has("other")).isFalse();
							assertThat(written.get("loyalty_tier").asString()).isEqualTo("gold");
							assertThat(written.get("holder").toString()).isEqualTo("{\"id\":\"cust_1\",\"tags\":[\"vip\"]}");
							assertThat(written.get("tiers").toString()).isEqualTo("[1,2]");
							assertThat(written.get("sunset_at").isNull()).isTrue();
							assertThat(mapper.getValue().readValue(written.toString(), reply.getKey())).isEqualTo(decoded);
						})));
	}

	@Test
	void aReplyWithoutUnknownKeysHasAnEmptyUnmodifiableMap() {
		Voucher voucher = ModelJson.PLAIN.readValue("{\"code\":\"GIFT-1\"}", Voucher.class);
		assertThat(voucher.other()).isEmpty();
		assertThat(ModelJson.PLAIN.writeValueAsString(voucher)).isEqualTo("{\"code\":\"GIFT-1\",\"categories\":[],"
				+ "\"validity_day_of_week\":[],\"metadata\":{}}");
		Voucher withKey = ModelJson.PLAIN.readValue("{\"code\":\"GIFT-1\",\"x\":1}", Voucher.class);
		assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> withKey.other().put("y", 2));
	}

	@Test
	void unknownKeysTakePartInEqualsAndToString() {
		VoucherList plain = ModelJson.PLAIN.readValue("{\"total\":1}", VoucherList.class);
		VoucherList withKey = ModelJson.PLAIN.readValue("{\"total\":1,\"page_token\":\"abc\"}", VoucherList.class);
		assertThat(withKey).isNotEqualTo(plain)
			.isEqualTo(ModelJson.PLAIN.readValue("{\"page_token\":\"abc\",\"total\":1}", VoucherList.class));
		assertThat(withKey.hashCode())
			.isEqualTo(ModelJson.PLAIN.readValue("{\"total\":1,\"page_token\":\"abc\"}", VoucherList.class).hashCode());
		assertThat(withKey.toString()).endsWith("other={page_token=abc}]");
		assertThat(plain.toString()).endsWith("other={}]");
	}

	@Test
	void nestedObjectsKeepTheirOwnUnknownKeysApart() {
		VoucherTransactionList page = ModelJson.PLAIN.readValue("""
				{"data":[{"id":"vtx_1","channel":"pos","details":{"brand_new":{"x":1}}}],"has_more":false,"cursor":"c"}
				""", VoucherTransactionList.class);
		assertThat(page.other()).containsOnlyKeys("cursor");
		assertThat(page.data().get(0).other()).containsOnlyKeys("channel");
		assertThat(page.data().get(0).details().other()).containsOnlyKeys("brand_new");
	}

	@Test
	void everyRecordWithACatchAllImplementsOpenObject() {
		// the catch-all component is named "other" everywhere, and its type offers other(name)
		Stream.of(Voucher.class, VoucherList.class, VoucherTransaction.class, VoucherTransactionList.class,
				TransactionsExport.class, CsvImportResponse.class, BalanceUpdateResponse.class, AsyncAction.class,
				ApiError.class,
				ExportFilters.class, PublishSummary.class, RedemptionSummary.class, TransactionDetails.class,
				ValidationRulesAssignmentList.class, VoucherAssets.class)
			.forEach((type) -> {
				assertThat(OpenObject.class).isAssignableFrom(type);
				assertThat(Arrays.stream(type.getRecordComponents()).map((component) -> component.getName()))
					.endsWith("other");
			});
	}

}
