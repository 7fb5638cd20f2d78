package dev.vouchkit.voucherify.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import static dev.vouchkit.voucherify.model.ModelJson.decode;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documented values of each kind of spec example arrive intact in the models.
 */
class SpecExampleValuesTest {

	@Test
	void listVouchers() {
		VoucherList list = decode("list-vouchers", "Example", VoucherList.class);
		assertThat(list.object()).isEqualTo("list");
		assertThat(list.dataRef()).isEqualTo("vouchers");
		assertThat(list.total()).isEqualTo(2L);
		assertThat(list.vouchers()).extracting(Voucher::code).containsExactly("LOYALTY-CARD-xLPbpbXR", "AmountDiscount");
		Voucher loyalty = list.vouchers().get(0);
		assertThat(loyalty.isLoyaltyCard()).isTrue();
		assertThat(loyalty.loyaltyCard().points()).isEqualTo(110L);
		assertThat(loyalty.loyaltyCard().nextExpirationDate()).isEqualTo(LocalDate.of(2023, 12, 31));
		assertThat(loyalty.redemption().redeemedPoints()).isEqualTo(10L);
		// list items carry no validation rules
		assertThat(loyalty.validationRulesAssignments()).isNull();
		Voucher amount = list.vouchers().get(1);
		assertThat(amount.campaign()).isNull();
		assertThat(amount.campaignId()).isNull();
		assertThat(amount.discount().amountOff()).isEqualTo(400L);
		assertThat(amount.validityDayOfWeek()).containsExactly(1, 2, 3, 4, 5);
		assertThat(amount.startDate()).isEqualTo(OffsetDateTime.parse("2022-09-01T00:00:00.000Z"));
		assertThat(amount.expirationDate()).isEqualTo(OffsetDateTime.parse("2022-10-31T00:00:00.000Z"));
		assertThat(amount.additionalInfo()).startsWith("This voucher discount is based on a formula");
	}

	@Test
	void loyaltyCard() {
		Voucher voucher = decode("get-voucher", "Loyalty Card", Voucher.class);
		assertThat(voucher.id()).isEqualTo("v_hrMBBeT4sOP9VSGPmj5KAgJwX202UjiY");
		assertThat(voucher.type()).isEqualTo(VoucherType.LOYALTY_CARD);
		assertThat(voucher.campaign()).isEqualTo("Loyalty Program Fall 2022");
		assertThat(voucher.campaignId()).isEqualTo("camp_f7fBbQxUuTN7dI7tGOo5XMDA");
		assertThat(voucher.discount()).isNull();
		assertThat(voucher.gift()).isNull();
		assertThat(voucher.loyaltyCard()).isEqualTo(new LoyaltyCard(110L, 100L, LocalDate.of(2023, 12, 31), 100L,
				null, null, null));
		assertThat(voucher.category()).isEqualTo("First");
		assertThat(voucher.categoryId()).isEqualTo("cat_0bb343dee3cdb5ec0c");
		assertThat(voucher.categories()).containsExactly(new Category("cat_0bb343dee3cdb5ec0c", "First", 1, "category",
				OffsetDateTime.parse("2022-09-16T11:47:19.568Z"), null));
		assertThat(voucher.validityTimeframe()).isNull();
		assertThat(voucher.validityDayOfWeek()).isEmpty();
		assertThat(voucher.validityHours()).isNull();
		assertThat(voucher.active()).isTrue();
		assertThat(voucher.metadata()).isEmpty();
		assertThat(voucher.isReferralCode()).isFalse();
		assertThat(voucher.holderId()).isEqualTo("cust_eWgXlBBiY6THFRJwX45Iakv4");
		assertThat(voucher.referrerId()).isNull();
		assertThat(voucher.createdAt()).isEqualTo(OffsetDateTime.parse("2022-09-19T07:56:22.355Z"));
		assertThat(voucher.updatedAt()).isEqualTo(OffsetDateTime.parse("2022-09-19T08:04:22.458Z"));
		assertThat(voucher.object()).isEqualTo("voucher");
		assertThat(voucher.assets().qr().id()).startsWith("U2FsdGVkX19OrTPN");
		assertThat(voucher.assets().qr().url()).isEqualTo("{{internalVoucherifyURL}}");
		assertThat(voucher.assets().barcode().id()).startsWith("U2FsdGVkX1/SpYuO");
		assertThat(voucher.assets().other()).isEmpty();
		assertThat(voucher.redemption()).isEqualTo(new RedemptionSummary(null, 1, 10L, null, "list",
				"/v1/vouchers/LOYALTY-CARD-xLPbpbXR/redemptions?page=1&limit=10", null));
		assertThat(voucher.redemption().isUnlimited()).isTrue();
		assertThat(voucher.publish()).isEqualTo(new PublishSummary("list", 1,
				"/v1/vouchers/LOYALTY-CARD-xLPbpbXR/publications?page=1&limit=10", null));
		assertThat(voucher.validationRulesAssignments().total()).isZero();
		assertThat(voucher.validationRulesAssignments().data()).isEmpty();
	}

	@Test
	void giftCard() {
		Voucher voucher = decode("get-voucher", "Gift Card", Voucher.class);
		assertThat(voucher.isGiftCard()).isTrue();
		assertThat(voucher.isLoyaltyCard()).isFalse();
		assertThat(voucher.isDiscountVoucher()).isFalse();
		assertThat(voucher.gift()).isEqualTo(new Gift(55000L, null, 44700L, GiftEffect.APPLY_TO_ORDER));
		assertThat(voucher.loyaltyCard()).isNull();
		assertThat(voucher.category()).isNull();
		assertThat(voucher.categories()).isEmpty();
		// redeemed_amount is in the example but not in the schema: kept as a component
		assertThat(voucher.redemption().redeemedAmount()).isEqualTo(10300L);
		assertThat(voucher.redemption().redeemedQuantity()).isEqualTo(7);
		assertThat(voucher.redemption().other()).isEmpty();
	}

	@Test
	void amountDiscount() {
		Voucher voucher = decode("get-voucher", "Amount Discount", Voucher.class);
		assertThat(voucher.isDiscountVoucher()).isTrue();
		Discount discount = voucher.discount();
		assertThat(discount.type()).isEqualTo(DiscountType.AMOUNT);
		assertThat(discount.amountOff()).isEqualTo(400L);
		assertThat(discount.amountOffFormula()).isEqualTo(
				"IF(CUSTOMER_METADATA(\"favorite_brands\") contains \"Nike\";20;CUSTOMER_METADATA(\"age\"))");
		assertThat(discount.effect()).isEqualTo(DiscountEffect.APPLY_TO_ORDER);
		assertThat(discount.units()).isEmpty();
		assertThat(discount.isFreeShipping()).isFalse();
		ValidationRulesAssignmentList rules = voucher.validationRulesAssignments();
		assertThat(rules.object()).isEqualTo("list");
		assertThat(rules.dataRef()).isEqualTo("data");
		assertThat(rules.total()).isEqualTo(1L);
		assertThat(rules.data()).containsExactly(new ValidationRulesAssignment("asgm_tO5AuzXIkkNPTC50", "val_5h0wc453_2",
				"v_OBVfpTVf24DBz0HZmKVZa5UEl1DUg2bn", "voucher", OffsetDateTime.parse("2022-09-19T08:27:59.160Z"), null,
				"validation_rules_assignment", null, List.of()));
		assertThat(voucher.startDate()).isEqualTo(OffsetDateTime.parse("2022-09-01T00:00:00Z"));
		assertThat(voucher.validityDayOfWeek()).containsExactly(1, 2, 3, 4, 5);
	}

	@Test
	void percentDiscount() {
		Voucher voucher = decode("get-voucher", "Percent Discount", Voucher.class);
		Discount discount = voucher.discount();
		assertThat(discount.type()).isEqualTo(DiscountType.PERCENT);
		assertThat(discount.percentOff()).isEqualByComparingTo(new BigDecimal("3"));
		assertThat(discount.percentOffFormula()).isEqualTo("CUSTOMER_METADATA(\"age\")");
		assertThat(discount.effect()).isEqualTo(DiscountEffect.APPLY_TO_ITEMS);
		assertThat(discount.amountOff()).isNull();
		assertThat(voucher.holderId()).isNull();
		assertThat(voucher.validationRulesAssignments().data()).singleElement()
			.extracting(ValidationRulesAssignment::ruleId)
			.isEqualTo("val_0k19OQHjNZRT");
	}

	@Test
	void fixedDiscount() {
		Discount discount = decode("get-voucher", "Fixed Discount", Voucher.class).discount();
		assertThat(discount.type()).isEqualTo(DiscountType.FIXED);
		assertThat(discount.fixedAmount()).isEqualTo(200L);
		assertThat(discount.fixedAmountFormula()).startsWith("IF(ORDER_UNITS_QUANTITY > 3;");
		assertThat(discount.effect()).isEqualTo(DiscountEffect.APPLY_TO_ORDER);
	}

	@Test
	void unitDiscount() {
		Discount discount = decode("get-voucher", "Unit Discount", Voucher.class).discount();
		assertThat(discount.type()).isEqualTo(DiscountType.UNIT);
		assertThat(discount.unitOff()).isEqualTo(1);
		assertThat(discount.unitOffFormula()).startsWith("IF(ORDER_UNITS_QUANTITY > 3;");
		assertThat(discount.unitType()).isEqualTo("sku_0b661e41eccd35a8e9");
		assertThat(discount.effect()).isEqualTo(DiscountEffect.ADD_MISSING_ITEMS);
		assertThat(discount.isFreeShipping()).isFalse();
	}

	@Test
	void multipleUnitDiscount() {
		Discount discount = decode("get-voucher", "Multiple Unit Discount", Voucher.class).discount();
		assertThat(discount.type()).isEqualTo(DiscountType.UNIT);
		assertThat(discount.effect()).isEqualTo(DiscountEffect.ADD_MANY_ITEMS);
		assertThat(discount.unitType()).isNull();
		assertThat(discount.units()).hasSize(2);
		assertThat(discount.units().get(0)).isEqualTo(new DiscountUnit(3,
				"IF(ORDER_AMOUNT > 100;CUSTOMER_METADATA(\"age\");CUSTOMER_METADATA(\"age\") / 2)",
				DiscountEffect.ADD_MISSING_ITEMS, "sku_0b661e41fc8d35a8f7", null, null));
		assertThat(discount.units().get(1).unitOff()).isEqualTo(4);
		assertThat(discount.units().get(1).unitType()).isEqualTo("sku_0b661e41fc8d35a8f6");
		assertThat(discount.units().get(1).effect()).isEqualTo(DiscountEffect.ADD_NEW_ITEMS);
	}

	@Test
	void freeShipping() {
		Discount discount = decode("get-voucher", "Free Shipping", Voucher.class).discount();
		assertThat(discount.type()).isEqualTo(DiscountType.UNIT);
		assertThat(discount.unitType()).isEqualTo(Discount.FREE_SHIPPING_UNIT_TYPE);
		assertThat(discount.unitOff()).isEqualTo(1);
		assertThat(discount.isFreeShipping()).isTrue();
	}

	@Test
	void enableAndDisable() {
		Voucher enabled = decode("enable-voucher", "Example", Voucher.class);
		Voucher disabled = decode("disable-voucher", "Example", Voucher.class);
		assertThat(enabled.active()).isTrue();
		assertThat(disabled.active()).isFalse();
		assertThat(enabled.id()).isEqualTo(disabled.id()).isEqualTo("v_TzD19aeNiqGc9LWciMWknyEZT8IW7u4u");
		assertThat(enabled.updatedAt()).isEqualTo(OffsetDateTime.parse("2022-09-19T11:54:17.248Z"));
		assertThat(disabled.updatedAt()).isEqualTo(OffsetDateTime.parse("2022-09-19T11:53:23.452Z"));
		assertThat(enabled.discount().effect()).isEqualTo(DiscountEffect.APPLY_TO_ITEMS_PROPORTIONALLY);
		assertThat(enabled.discount().amountOff()).isEqualTo(300L);
		assertThat(enabled.redemption().redeemedQuantity()).isZero();
		assertThat(enabled.publish().count()).isZero();
		// the enable example's asset url has a stray closing brace; it is kept verbatim
		assertThat(enabled.assets().qr().url()).isEqualTo("{{internalVoucherifyURL}}}");
	}

	@Test
	void balanceUpdate() {
		BalanceUpdateResponse response = decode("update-voucher-balance", "Example", BalanceUpdateResponse.class);
		assertThat(response.amount()).isEqualTo(10000L);
		assertThat(response.total()).isEqualTo(20100L);
		assertThat(response.balance()).isEqualTo(20100L);
		assertThat(response.type()).isEqualTo(BalanceType.GIFT_VOUCHER);
		assertThat(response.object()).isEqualTo("balance");
		assertThat(response.relatedObject())
			.isEqualTo(new RelatedObject("v_abCdEfghI1JKLMNPqRS2Tu3vWXyza4bc", RelatedObject.VOUCHER));
		// required by the schema, absent from the example
		assertThat(response.operationType()).isNull();
	}

	@Test
	void transactions() {
		VoucherTransactionList list = decode("list-voucher-transactions", "Example", VoucherTransactionList.class);
		assertThat(list.object()).isEqualTo("list");
		assertThat(list.dataRef()).isEqualTo("data");
		assertThat(list.hasMore()).isTrue();
		assertThat(list.moreStartingAfter()).isEqualTo("vtx_0c94e6b82a4bef406c");
		assertThat(list.data()).hasSize(8);
		assertThat(list.data()).extracting(VoucherTransaction::type)
			.containsExactly(TransactionType.CREDITS_REMOVAL, TransactionType.CREDITS_ADDITION,
					TransactionType.CREDITS_ADDITION, TransactionType.CREDITS_REFUND, TransactionType.CREDITS_REDEMPTION,
					TransactionType.CREDITS_REMOVAL, TransactionType.CREDITS_REDEMPTION, TransactionType.CREDITS_ADDITION);
		VoucherTransaction removal = list.data().get(0);
		assertThat(removal.id()).isEqualTo("vtx_0c9dccc4d5813e71bd");
		assertThat(removal.sourceId()).isEqualTo("20230317_subtract_1");
		assertThat(removal.voucherId()).isEqualTo("v_dky7ksKfPX50Wb2Bxvcoeb1xT20b6tcp");
		assertThat(removal.campaignId()).isEqualTo("camp_FNYR4jhqZBM9xTptxDGgeNBV");
		assertThat(removal.source()).isEqualTo("API");
		assertThat(removal.reason()).isEqualTo("Subtracting credits from card");
		assertThat(removal.relatedTransactionId()).isNull();
		assertThat(removal.createdAt()).isEqualTo(OffsetDateTime.parse("2023-03-17T15:50:00.786Z"));
		assertThat(removal.details().balance()).isEqualTo(new VoucherBalance(BalanceType.GIFT_VOUCHER, 128020L, -2000L,
				null, 121020L, "balance", null, new RelatedObject("v_dky7ksKfPX50Wb2Bxvcoeb1xT20b6tcp", "voucher")));
		assertThat(removal.details().order()).isNull();
		assertThat(removal.details().other()).isEmpty();
		VoucherTransaction refund = list.data().get(3);
		assertThat(refund.sourceId()).isNull();
		assertThat(refund.source()).isNull();
		assertThat(refund.reason()).isNull();
		assertThat(refund.details().balance().amount()).isEqualTo(44L);
		assertThat(refund.details().balance().balance()).isEqualTo(121000L);
		assertThat(refund.details().order()).isEqualTo(new TransactionDetails.Order("ord_jj5EzDxDOd2xFPsAJJ18IaZK", null));
		assertThat(refund.details().redemption().id()).isEqualTo("r_0c94ed583fcafc31c1");
		assertThat(refund.details().rollback().id()).isEqualTo("rr_0c94edbb8d0bef5d9e");
		assertThat(list.data().get(2).source()).isEqualTo("voucherify-web-ui");
	}

	@Test
	void export() {
		TransactionsExport export = decode("export-voucher-transactions", "Example", TransactionsExport.class);
		assertThat(export.id()).isEqualTo("exp_ARi2UbRjgfrHQJoVcKFrBUgA");
		assertThat(export.object()).isEqualTo("export");
		assertThat(export.createdAt()).isEqualTo(OffsetDateTime.parse("2023-05-16T08:30:21.496Z"));
		assertThat(export.status()).isEqualTo(ExportStatus.SCHEDULED);
		assertThat(export.channel()).isEqualTo("API");
		assertThat(export.exportedObject()).isEqualTo("voucher_transactions");
		assertThat(export.result()).isNull();
		assertThat(export.userId()).isNull();
		TransactionsExportParameters parameters = export.parameters();
		assertThat(parameters.order()).isEqualTo(ExportOrder.CREATED_AT_DESC);
		assertThat(parameters.fields()).containsExactly(ExportField.ID, ExportField.TYPE, ExportField.SOURCE_ID,
				ExportField.REASON, ExportField.BALANCE, ExportField.AMOUNT, ExportField.CREATED_AT,
				ExportField.VOUCHER_ID, ExportField.CAMPAIGN_ID, ExportField.DETAILS, ExportField.RELATED_TRANSACTION_ID,
				ExportField.SOURCE);
		assertThat(parameters.filters().voucherIdValues()).containsExactly("HRwc0oHz");
		assertThat(parameters.filters().voucherId().conditions().in()).containsExactly("HRwc0oHz");
		assertThat(parameters.filters()).isEqualTo(ExportFilters.voucherIdIn("HRwc0oHz"));
	}

	@Test
	void exportWithoutRequestBody() {
		TransactionsExport export = decode("export-voucher-transactions", "No request body", TransactionsExport.class);
		assertThat(export.id()).isEqualTo("exp_ExEE5A6OIK4tssuNswr5O6SU");
		assertThat(export.parameters().order()).isNull();
		assertThat(export.parameters().fields()).isEmpty();
		assertThat(export.parameters().filters().voucherIdValues()).containsExactly("HRwc0oHz");
	}

	@Test
	void csvImport() {
		assertThat(decode("import-vouchers-using-csv", "Example", CsvImportResponse.class).asyncActionId())
			.isEqualTo("aa_0a875d56c805df6601");
	}

	@Test
	void errors() {
		ApiError notFound = decode("get-voucher", "Not Found", ApiError.class);
		assertThat(notFound.code()).isEqualTo(404);
		assertThat(notFound.httpStatus()).isEqualTo(404);
		assertThat(notFound.key()).isEqualTo("not_found");
		assertThat(notFound.message()).isEqualTo("Resource not found");
		assertThat(notFound.details()).isEqualTo("Cannot find voucher with id v_OBVfpTVf24DBz0HZmKVZa5UEl1DUg2b");
		assertThat(notFound.requestId()).isEqualTo("v-0bb3403b9a158c87b2");
		assertThat(notFound.resourceId()).isEqualTo("v_OBVfpTVf24DBz0HZmKVZa5UEl1DUg2b");
		assertThat(notFound.resourceType()).isEqualTo("voucher");
		assertThat(decode("release-validation-session", "Session not found", ApiError.class).resourceType())
			.isEqualTo("session");
		ApiError invalid = decode("import-vouchers-using-csv", "Example 1", ApiError.class);
		assertThat(invalid.code()).isEqualTo(400);
		assertThat(invalid.key()).isEqualTo("invalid_payload");
		assertThat(invalid.details()).isEqualTo("Payload should have required property 'file'");
		assertThat(invalid.requestId()).isEqualTo("74e4bb71-5b6d-49b9-98eb-239691c9d67a");
	}

}
