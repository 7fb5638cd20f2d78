package dev.vouchkit.voucherify.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Decoding never fails on what a newer API may send: unknown enum values, unknown fields,
 * nulls, missing fields. Open-ended objects keep their extra keys.
 */
class LenientDecodingTest {

	@ParameterizedTest
	@ValueSource(strings = { "plain", "strict+SNAKE_CASE", "strict+LOWER_CAMEL_CASE" })
	void unknownEnumValuesDecodeAndRoundTripUnchanged(String mapperName) {
		JsonMapper mapper = ModelJson.MAPPERS.get(mapperName);
		String json = """
				{"id":"v_1","type":"SUPER_VOUCHER","gift":{"amount":1,"effect":"APPLY_TO_UNIVERSE"},
				 "discount":{"type":"BOGO","effect":"APPLY_TWICE","units":[{"effect":"ADD_SOME_ITEMS","unit_type":"sku_1"}]},
				 "validation_rules_assignments":{"data":[{"id":"asgm_1","validation_status":"MAYBE"}]}}
				""";
		Voucher voucher = mapper.readValue(json, Voucher.class);
		assertThat(voucher.type()).isEqualTo(VoucherType.of("SUPER_VOUCHER"));
		assertThat(voucher.type().isKnown()).isFalse();
		assertThat(voucher.type().value()).isEqualTo("SUPER_VOUCHER");
		assertThat(voucher.isGiftCard()).isFalse();
		assertThat(voucher.gift().effect().value()).isEqualTo("APPLY_TO_UNIVERSE");
		assertThat(voucher.discount().type().value()).isEqualTo("BOGO");
		assertThat(voucher.discount().effect().value()).isEqualTo("APPLY_TWICE");
		assertThat(voucher.discount().units().get(0).effect().value()).isEqualTo("ADD_SOME_ITEMS");
		assertThat(voucher.validationRulesAssignments().data().get(0).validationStatus().value()).isEqualTo("MAYBE");
		String written = mapper.writeValueAsString(voucher);
		assertThat(written).contains("\"type\":\"SUPER_VOUCHER\"", "\"effect\":\"APPLY_TO_UNIVERSE\"",
				"\"type\":\"BOGO\"", "\"effect\":\"APPLY_TWICE\"", "\"effect\":\"ADD_SOME_ITEMS\"",
				"\"validation_status\":\"MAYBE\"");
		assertThat(mapper.readValue(written, Voucher.class)).isEqualTo(voucher);
	}

	@Test
	void unknownEnumValuesInTransactionsBalancesAndExports() {
		VoucherTransaction transaction = ModelJson.STRICT_SNAKE_CASE.readValue("""
				{"id":"vtx_1","type":"POINTS_TELEPORT","details":{"balance":{"type":"crypto_wallet",
				 "operation_type":"SEMI_AUTOMATIC","total":1,"balance":1,"object":"balance"}}}
				""", VoucherTransaction.class);
		assertThat(transaction.type().value()).isEqualTo("POINTS_TELEPORT");
		assertThat(transaction.details().balance().type().value()).isEqualTo("crypto_wallet");
		assertThat(transaction.details().balance().operationType().value()).isEqualTo("SEMI_AUTOMATIC");
		TransactionsExport export = ModelJson.STRICT_SNAKE_CASE.readValue("""
				{"id":"exp_1","status":"PAUSED","parameters":{"order":"-id","fields":["id","mood"]}}
				""", TransactionsExport.class);
		assertThat(export.status().value()).isEqualTo("PAUSED");
		assertThat(export.parameters().order().value()).isEqualTo("-id");
		assertThat(export.parameters().fields()).containsExactly(ExportField.ID, ExportField.of("mood"));
		assertThat(ModelJson.PLAIN.writeValueAsString(export)).contains("\"status\":\"PAUSED\"", "\"order\":\"-id\"",
				"\"fields\":[\"id\",\"mood\"]");
	}

	@ParameterizedTest
	@ValueSource(strings = { "plain", "strict+SNAKE_CASE", "strict+LOWER_CAMEL_CASE" })
	void unknownFieldsAreIgnoredEvenByStrictMappers(String mapperName) {
		JsonMapper mapper = ModelJson.MAPPERS.get(mapperName);
		Voucher voucher = mapper.readValue("""
				{"code":"X","brand_new_field":{"deep":[1,2]},"loyalty_card":{"points":5,"tier_magic":true},
				 "categories":[{"id":"cat_1","emoji":"🎁"}],"gift":{"amount":1,"shiny":1}}
				""", Voucher.class);
		assertThat(voucher.code()).isEqualTo("X");
		assertThat(voucher.loyaltyCard().points()).isEqualTo(5L);
		assertThat(voucher.categories()).extracting(Category::id).containsExactly("cat_1");
		assertThat(mapper.readValue("{\"amount\":1,\"surprise\":2}", BalanceUpdateResponse.class).amount())
			.isEqualTo(1L);
		assertThat(mapper.readValue("{\"async_action_id\":\"aa_1\",\"status\":\"ENQUEUED\"}", CsvImportResponse.class)
			.asyncActionId()).isEqualTo("aa_1");
		assertThat(mapper.readValue("{\"has_more\":false,\"total\":3}", VoucherTransactionList.class).hasMore())
			.isFalse();
	}

	@Test
	void nullsAndMissingFieldsNeverFailAndCollectionsAreNeverNull() {
		Voucher empty = ModelJson.STRICT_SNAKE_CASE.readValue("{}", Voucher.class);
		assertThat(empty.categories()).isEmpty();
		assertThat(empty.validityDayOfWeek()).isEmpty();
		assertThat(empty.metadata()).isEmpty();
		Voucher nulls = ModelJson.STRICT_SNAKE_CASE.readValue("""
				{"type":null,"active":null,"categories":null,"metadata":null,"validity_day_of_week":null,
				 "is_referral_code":null,"created_at":null,"loyalty_card":{"next_expiration_date":null,"points":null}}
				""", Voucher.class);
		assertThat(nulls.type()).isNull();
		assertThat(nulls.active()).isNull();
		assertThat(nulls.categories()).isEmpty();
		assertThat(nulls.metadata()).isEmpty();
		assertThat(nulls.loyaltyCard().points()).isNull();
		VoucherList list = ModelJson.PLAIN.readValue("{\"vouchers\":null}", VoucherList.class);
		assertThat(list.vouchers()).isEmpty();
		assertThat(list.total()).isNull();
		assertThat(ModelJson.PLAIN.readValue("{}", VoucherTransactionList.class).data()).isEmpty();
		assertThat(ModelJson.PLAIN.readValue("{\"parameters\":{}}", TransactionsExport.class).parameters().fields())
			.isEmpty();
		assertThat(new Discount(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null).units()).isEmpty();
	}

	@Test
	void metadataKeepsNullValuesNestedObjectsAndOrder() {
		Voucher voucher = ModelJson.PLAIN.readValue("""
				{"metadata":{"z":1,"a":null,"nested":{"list":[1,"two",null]},"flag":true}}
				""", Voucher.class);
		assertThat(voucher.metadata()).containsOnlyKeys("z", "a", "nested", "flag");
		assertThat(voucher.metadata().keySet()).containsExactly("z", "a", "nested", "flag");
		assertThat(voucher.metadata().get("a")).isNull();
		assertThat(voucher.metadata().get("nested")).isEqualTo(Map.of("list", java.util.Arrays.asList(1, "two", null)));
		assertThat(ModelJson.PLAIN.writeValueAsString(voucher))
			.contains("\"metadata\":{\"z\":1,\"a\":null,\"nested\":{\"list\":[1,\"two\",null]},\"flag\":true}");
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> voucher.metadata().put("x", 1));
	}

	@Test
	void recordsCopyTheirCollections() {
		Map<String, Object> metadata = new LinkedHashMap<>();
		metadata.put("k", null);
		List<Integer> days = new java.util.ArrayList<>(List.of(1, 2));
		Voucher voucher = new Voucher(null, "C", null, null, null, null, null, VoucherType.GIFT_VOUCHER, null, null, null,
				null, null, null, days, null, null, null, metadata, null, null, null, null, null, null, null, null, null,
				null, null);
		metadata.put("later", 1);
		days.add(3);
		assertThat(voucher.metadata()).containsOnlyKeys("k");
		assertThat(voucher.validityDayOfWeek()).containsExactly(1, 2);
		assertThat(voucher.isGiftCard()).isTrue();
	}

	@Test
	void openEndedObjectsKeepUndocumentedKeys() {
		Voucher voucher = ModelJson.STRICT_SNAKE_CASE.readValue("""
				{"assets":{"qr":{"id":"q","url":"u"},"nfc":{"id":"n"}},
				 "publish":{"count":2,"entries":[{"id":"pub_1"}]},
				 "redemption":{"quantity":5,"redeemed_quantity":1,"redeemed_amount":100,"rolled_back_quantity":1},
				 "validation_rules_assignments":{"total":0,"data":[],"has_more":false}}
				""", Voucher.class);
		assertThat(voucher.assets().other()).containsOnlyKeys("nfc");
		assertThat(voucher.publish().other()).containsOnlyKeys("entries");
		assertThat(voucher.redemption().redeemedAmount()).isEqualTo(100L);
		assertThat(voucher.redemption().other()).containsEntry("rolled_back_quantity", 1);
		assertThat(voucher.redemption().isUnlimited()).isFalse();
		assertThat(voucher.validationRulesAssignments().other()).containsEntry("has_more", false);
		String written = ModelJson.STRICT_SNAKE_CASE.writeValueAsString(voucher);
		assertThat(written).contains("\"nfc\":{\"id\":\"n\"}", "\"entries\":[{\"id\":\"pub_1\"}]",
				"\"rolled_back_quantity\":1", "\"has_more\":false", "\"redeemed_amount\":100");

		TransactionDetails details = ModelJson.STRICT_SNAKE_CASE.readValue("""
				{"balance":{"points":-5,"total":10,"balance":5,"type":"loyalty_card","operation_type":"AUTOMATIC",
				  "object":"balance","related_object":{"id":"v_1","type":"voucher"}},
				 "event":{"id":"evcus_1","type":"customer.order.paid"},
				 "earning_rule":{"id":"ern_1","source":{"banner":"Order paid"}},
				 "segment":{"id":"seg_1","name":"VIP"},"loyalty_tier":{"id":"ltr_1","name":"Gold"},
				 "holder_loyalty_tier":{"id":"ltr_2","name":"Silver"},"reward":{"id":"rew_1","name":"Mug"},
				 "custom_event":{"id":"evcus_2","type":"signup"},"event_schema":{"id":"ms_1","name":"signup"},
				 "pending_points":{"id":"lopp_1","points":10,"activates_at":"2024-02-01","details":{"order":{"id":"ord_1"}}},
				 "source_voucher":{"code":"LC-1","type":"LOYALTY_CARD","loyalty_card":{"points":7}},
				 "destination_voucher":{"code":"LC-2"},
				 "brand_new":{"x":1}}
				""", TransactionDetails.class);
		assertThat(details.balance().points()).isEqualTo(-5L);
		assertThat(details.balance().type()).isEqualTo(BalanceType.LOYALTY_CARD);
		assertThat(details.balance().operationType()).isEqualTo(BalanceOperationType.AUTOMATIC);
		assertThat(details.event()).isEqualTo(new RelatedObject("evcus_1", "customer.order.paid"));
		assertThat(details.earningRule().source().banner()).isEqualTo("Order paid");
		assertThat(details.segment().name()).isEqualTo("VIP");
		assertThat(details.loyaltyTier().name()).isEqualTo("Gold");
		assertThat(details.holderLoyaltyTier().name()).isEqualTo("Silver");
		assertThat(details.reward().name()).isEqualTo("Mug");
		assertThat(details.customEvent().type()).isEqualTo("signup");
		assertThat(details.eventSchema().id()).isEqualTo("ms_1");
		assertThat(details.pendingPoints().activatesAt()).hasToString("2024-02-01");
		assertThat(details.pendingPoints().details()).containsKey("order");
		assertThat(details.sourceVoucher().loyaltyCard().points()).isEqualTo(7L);
		assertThat(details.destinationVoucher().code()).isEqualTo("LC-2");
		assertThat(details.other()).containsOnlyKeys("brand_new");
		assertThat(ModelJson.PLAIN.writeValueAsString(details)).contains("\"brand_new\":{\"x\":1}");

		ExportFilters filters = ModelJson.PLAIN.readValue("""
				{"junction":"and","voucher_id":{"conditions":{"$in":["A"],"$not_in":["B"]},"extra":1},
				 "created_at":{"conditions":{"$after":"2024-01-01"}}}
				""", ExportFilters.class);
		assertThat(filters.voucherIdValues()).containsExactly("A");
		assertThat(filters.voucherId().conditions().other()).containsOnlyKeys("$not_in");
		assertThat(filters.voucherId().other()).containsOnlyKeys("extra");
		assertThat(filters.other()).containsOnlyKeys("junction", "created_at");
		assertThat(new ExportFilters(null, null).voucherIdValues()).isEmpty();
	}

	@Test
	void errorBodiesOfTheApiAndOfTheGatewayDecode() {
		ApiError rule = ModelJson.PLAIN.readValue("""
				{"code":400,"key":"voucher_not_active","message":"voucher not active","error":{"message":"Not yet!"},
				 "related_object_ids":["v_1"],"related_object_type":"voucher","related_object_total":1,"hint":"x"}
				""", ApiError.class);
		assertThat(rule.error().message()).isEqualTo("Not yet!");
		assertThat(rule.relatedObjectIds()).containsExactly("v_1");
		assertThat(rule.relatedObjectTotal()).isEqualTo(1L);
		assertThat(rule.other()).containsEntry("hint", "x");
		ApiError gateway = ModelJson.STRICT_SNAKE_CASE.readValue("""
				{"statusCode":413,"error":"Request Entity Too Large",
				 "message":"Payload content length greater than maximum allowed: 10485760"}
				""", ApiError.class);
		assertThat(gateway.code()).isNull();
		assertThat(gateway.httpStatus()).isEqualTo(413);
		assertThat(gateway.error().message()).isEqualTo("Request Entity Too Large");
		assertThat(gateway.message()).startsWith("Payload content length");
	}

	@Test
	void convenienceMethodsAreNotWrittenAsProperties() {
		Voucher voucher = ModelJson.PLAIN.readValue("""
				{"type":"GIFT_VOUCHER","gift":{"amount":1},"redemption":{"quantity":null},
				 "discount":{"type":"UNIT","unit_type":"prod_5h1pp1ng"}}
				""", Voucher.class);
		ApiError error = new ApiError(404, "not_found", null, null, null, null, null, null, null, null, null, null, null);
		ExportFilters filters = ExportFilters.voucherIdIn("A");
		for (Object value : List.of(voucher, error, filters, VoucherType.GIFT_VOUCHER)) {
			for (JsonMapper mapper : ModelJson.MAPPERS.values()) {
				assertThat(mapper.writeValueAsString(value)).doesNotContainIgnoringCase("gift_card")
					.doesNotContainIgnoringCase("giftCard")
					.doesNotContainIgnoringCase("discount_voucher\"")
					.doesNotContainIgnoringCase("discountVoucher")
					.doesNotContainIgnoringCase("unlimited")
					.doesNotContainIgnoringCase("free_shipping")
					.doesNotContainIgnoringCase("freeShipping")
					.doesNotContainIgnoringCase("httpStatus")
					.doesNotContainIgnoringCase("http_status")
					.doesNotContainIgnoringCase("known")
					.doesNotContainIgnoringCase("voucherIdValues")
					.doesNotContainIgnoringCase("voucher_id_values");
			}
		}
		assertThat(ModelJson.PLAIN.writeValueAsString(voucher)).isEqualTo("{\"categories\":[],\"type\":\"GIFT_VOUCHER\","
				+ "\"discount\":{\"type\":\"UNIT\",\"unit_type\":\"prod_5h1pp1ng\"},\"gift\":{\"amount\":1},"
				+ "\"validity_day_of_week\":[],\"metadata\":{},\"redemption\":{\"quantity\":null}}");
		assertThat(ModelJson.PLAIN.writeValueAsString(error)).isEqualTo("{\"code\":404,\"key\":\"not_found\"}");
	}

	@Test
	void timestampsKeepTheirInstantAndDatesStayDates() {
		Voucher voucher = ModelJson.PLAIN.readValue("""
				{"created_at":"2022-09-19T10:06:07.932+02:00","loyalty_card":{"next_expiration_date":"2023-12-31"}}
				""", Voucher.class);
		assertThat(voucher.createdAt().toInstant()).hasToString("2022-09-19T08:06:07.932Z");
		assertThat(ModelJson.PLAIN.writeValueAsString(voucher)).contains("\"next_expiration_date\":\"2023-12-31\"");
	}

}
