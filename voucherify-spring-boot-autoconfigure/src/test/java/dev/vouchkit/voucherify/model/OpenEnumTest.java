package dev.vouchkit.voucherify.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import dev.vouchkit.voucherify.testsupport.VoucherifySpec;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The open enums: constants, unknown values, JSON form, and agreement with the spec's enums.
 */
class OpenEnumTest {

	private record OpenEnumType(Class<? extends OpenEnum> type, Function<String, ? extends OpenEnum> of,
			Supplier<List<? extends OpenEnum>> known, Function<String, ? extends OpenEnum> constructor) {
	}

	private static final List<OpenEnumType> TYPES = List.of(
			new OpenEnumType(VoucherType.class, VoucherType::of, VoucherType::knownValues, VoucherType::new),
			new OpenEnumType(DiscountType.class, DiscountType::of, DiscountType::knownValues, DiscountType::new),
			new OpenEnumType(DiscountEffect.class, DiscountEffect::of, DiscountEffect::knownValues, DiscountEffect::new),
			new OpenEnumType(GiftEffect.class, GiftEffect::of, GiftEffect::knownValues, GiftEffect::new),
			new OpenEnumType(TransactionType.class, TransactionType::of, TransactionType::knownValues,
					TransactionType::new),
			new OpenEnumType(BalanceType.class, BalanceType::of, BalanceType::knownValues, BalanceType::new),
			new OpenEnumType(BalanceOperationType.class, BalanceOperationType::of, BalanceOperationType::knownValues,
					BalanceOperationType::new),
			new OpenEnumType(ExportStatus.class, ExportStatus::of, ExportStatus::knownValues, ExportStatus::new),
			new OpenEnumType(ExportOrder.class, ExportOrder::of, ExportOrder::knownValues, ExportOrder::new),
			new OpenEnumType(ExportField.class, ExportField::of, ExportField::knownValues, ExportField::new),
			new OpenEnumType(VoucherOrder.class, VoucherOrder::of, VoucherOrder::knownValues, VoucherOrder::new),
			new OpenEnumType(TransactionOrder.class, TransactionOrder::of, TransactionOrder::knownValues,
					TransactionOrder::new),
			new OpenEnumType(ValidationStatus.class, ValidationStatus::of, ValidationStatus::knownValues,
					ValidationStatus::new));

	@TestFactory
	Stream<DynamicTest> everyOpenEnumBehavesTheSame() {
		return TYPES.stream().map((type) -> DynamicTest.dynamicTest(type.type().getSimpleName(), () -> {
			assertThat(type.known().get()).isNotEmpty().doesNotHaveDuplicates();
			for (OpenEnum constant : type.known().get()) {
				assertThat(constant.isKnown()).isTrue();
				assertThat(type.of().apply(constant.value())).isSameAs(constant);
				assertThat(type.constructor().apply(constant.value())).isEqualTo(constant);
				assertThat(type.constructor().apply(constant.value()).isKnown()).isTrue();
				assertThat(constant).hasToString(constant.value());
				assertThat(ModelJson.PLAIN.writeValueAsString(constant)).isEqualTo("\"" + constant.value() + "\"");
				assertThat(ModelJson.STRICT_SNAKE_CASE.readValue("\"" + constant.value() + "\"", type.type()))
					.isSameAs(constant);
			}
			OpenEnum unknown = type.of().apply("SOMETHING_NEW");
			assertThat(unknown.isKnown()).isFalse();
			assertThat(unknown.value()).isEqualTo("SOMETHING_NEW");
			assertThat(unknown).isEqualTo(type.of().apply("SOMETHING_NEW"));
			assertThat(List.<OpenEnum>copyOf(type.known().get())).doesNotContain(unknown);
			assertThat(ModelJson.PLAIN.readValue("\"SOMETHING_NEW\"", type.type())).isEqualTo(unknown);
			assertThat(ModelJson.PLAIN.writeValueAsString(unknown)).isEqualTo("\"SOMETHING_NEW\"");
			// values are case-sensitive: another case is another value
			String first = type.known().get().get(0).value();
			String otherCase = first.equals(first.toLowerCase()) ? first.toUpperCase() : first.toLowerCase();
			assertThat(type.of().apply(otherCase).isKnown()).isFalse();
			assertThat(type.of().apply(null)).isNull();
			assertThatIllegalArgumentException().isThrownBy(() -> type.constructor().apply(null))
				.withMessageContaining(type.type().getSimpleName());
		}));
	}

	@Test
	void constantsHaveTheWireValues() {
		assertThat(BalanceType.GIFT_VOUCHER.value()).isEqualTo("gift_voucher");
		assertThat(BalanceType.LOYALTY_CARD.value()).isEqualTo("loyalty_card");
		assertThat(VoucherOrder.CREATED_AT_DESC.value()).isEqualTo("-created_at");
		assertThat(VoucherOrder.CODE_DESC.value()).isEqualTo("-code");
		assertThat(TransactionOrder.ID_DESC.value()).isEqualTo("-id");
		assertThat(ExportOrder.CREATED_AT_DESC.value()).isEqualTo("-created_at");
		assertThat(ExportField.RELATED_TRANSACTION_ID.value()).isEqualTo("related_transaction_id");
		assertThat(VoucherType.GIFT_VOUCHER.value()).isEqualTo("GIFT_VOUCHER");
	}

	/** Each open enum knows at least the values the spec declares for its fields. */
	@Test
	void knownValuesCoverTheSpecsEnums() {
		JsonNode schemas = VoucherifySpec.spec().path("components").path("schemas");
		assertCovers(VoucherType.knownValues(), schemas.at("/VoucherBase/properties/type/enum"),
				schemas.at("/SimpleVoucher/properties/type/enum"));
		assertCovers(DiscountType.knownValues(), schemas.at("/DiscountAmount/properties/type/enum"),
				schemas.at("/DiscountPercent/properties/type/enum"), schemas.at("/DiscountFixed/properties/type/enum"),
				schemas.at("/DiscountUnit/properties/type/enum"), schemas.at("/DiscountUnitMultiple/properties/type/enum"));
		assertCovers(DiscountEffect.knownValues(), schemas.at("/DiscountAmountVouchersEffectTypes/enum"),
				schemas.at("/DiscountPercentVouchersEffectTypes/enum"), schemas.at("/DiscountFixedVouchersEffectTypes/enum"),
				schemas.at("/DiscountUnitVouchersEffectTypes/enum"),
				schemas.at("/DiscountUnitMultiple/properties/effect/enum"),
				schemas.at("/DiscountUnitMultipleOneUnit/properties/effect/enum"));
		assertCovers(GiftEffect.knownValues(), schemas.at("/VoucherBase/properties/gift/properties/effect/enum"),
				schemas.at("/Gift/properties/effect/enum"));
		assertCovers(TransactionType.knownValues(), schemas.at("/GiftVoucherTransactionsType/enum"),
				schemas.at("/LoyaltyCardTransactionsType/enum"));
		assertCovers(BalanceType.knownValues(), schemas.at("/VoucherBalance/properties/type/enum"),
				schemas.at("/VouchersBalanceUpdateResponseBody/properties/type/enum"));
		assertCovers(BalanceOperationType.knownValues(), schemas.at("/VoucherBalance/properties/operation_type/enum"),
				schemas.at("/VouchersBalanceUpdateResponseBody/properties/operation_type/enum"));
		assertCovers(ExportStatus.knownValues(), schemas.at("/VoucherTransactionsExport/properties/status/enum"));
		assertCovers(ExportOrder.knownValues(), schemas.at("/VoucherTransactionsExportParameters/properties/order/enum"),
				schemas.at("/VoucherTransactionsFilters/properties/order/enum"));
		assertCovers(ExportField.knownValues(),
				schemas.at("/VoucherTransactionsExportParameters/properties/fields/items/enum"),
				schemas.at("/VoucherTransactionsFilters/properties/fields/items/enum"));
		assertCovers(ValidationStatus.knownValues(), schemas.at("/BusValRuleAssignment/properties/validation_status/enum"));
		// the query orders are exactly the spec's
		assertThat(values(VoucherOrder.knownValues())).containsExactlyInAnyOrderElementsOf(
				strings(schemas.at("/ParameterOrderVouchers/enum")));
		assertThat(values(TransactionOrder.knownValues())).containsExactlyInAnyOrderElementsOf(
				strings(schemas.at("/ParameterOrderListTransactions/enum")));
	}

	private static void assertCovers(List<? extends OpenEnum> known, JsonNode... specEnums) {
		Set<String> spec = new LinkedHashSet<>();
		for (JsonNode specEnum : specEnums) {
			assertThat(specEnum.isArray()).as("spec enum exists").isTrue();
			spec.addAll(strings(specEnum));
		}
		assertThat(values(known)).containsAll(spec);
	}

	private static List<String> values(List<? extends OpenEnum> known) {
		return known.stream().map(OpenEnum::value).toList();
	}

	private static List<String> strings(JsonNode array) {
		List<String> result = new ArrayList<>();
		array.forEach((value) -> result.add(value.asString()));
		return result;
	}

	@Test
	void openEnumsOfDifferentTypesAreDistinct() {
		assertThat((Object) GiftEffect.APPLY_TO_ORDER).isNotEqualTo(DiscountEffect.APPLY_TO_ORDER);
		assertThat((Object) ExportOrder.CREATED_AT).isNotEqualTo(VoucherOrder.CREATED_AT);
		assertThat(Map.of(VoucherType.of("X"), 1)).containsKey(new VoucherType("X"));
	}

}
