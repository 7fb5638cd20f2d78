package dev.vouchkit.voucherify.emulator;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads vouchers from create/seed JSON and writes them in the API's shape, field order as in the
 * spec's examples, explicit nulls included.
 */
final class VoucherJson {

	private static final List<String> DISCOUNT_TYPES = List.of("AMOUNT", "PERCENT", "FIXED", "UNIT");

	private VoucherJson() {
	}

	/** The full voucher, as get, enable and disable return it. */
	static ObjectNode full(StoredVoucher voucher) {
		return render(voucher, true);
	}

	/** A list item: the same without validation_rules_assignments. */
	static ObjectNode listItem(StoredVoucher voucher) {
		return render(voucher, false);
	}

	private static ObjectNode render(StoredVoucher v, boolean withAssignments) {
		ObjectNode json = Json.object();
		json.put("id", v.id);
		json.put("code", v.code);
		json.put("campaign", v.campaign);
		json.put("campaign_id", v.campaignId);
		json.put("category", v.category == null ? null : v.category.name());
		json.put("category_id", v.category == null ? null : v.category.id());
		ArrayNode categories = json.putArray("categories");
		if (v.category != null) {
			ObjectNode category = categories.addObject();
			category.put("id", v.category.id());
			category.put("name", v.category.name());
			category.put("hierarchy", 0);
			Json.putTimestamp(category, "created_at", v.category.createdAt());
			category.put("object", "category");
		}
		json.put("type", v.type.name());
		json.set("discount", v.type == StoredVoucher.Type.DISCOUNT_VOUCHER ? v.discount : null);
		if (v.type == StoredVoucher.Type.GIFT_VOUCHER) {
			ObjectNode gift = json.putObject("gift");
			gift.put("amount", v.giftAmount);
			gift.put("subtracted_amount", v.giftSubtracted);
			gift.put("balance", v.giftBalance);
			gift.put("effect", v.giftEffect);
		}
		else {
			json.putNull("gift");
		}
		if (v.type == StoredVoucher.Type.LOYALTY_CARD) {
			ObjectNode card = json.putObject("loyalty_card");
			card.put("points", v.points);
			card.put("balance", v.pointsBalance);
			if (v.nextExpirationDate != null) {
				card.put("next_expiration_date", v.nextExpirationDate);
				card.put("next_expiration_points", v.nextExpirationPoints);
			}
			card.put("pending_points", v.pendingPoints);
			card.put("expired_points", v.expiredPoints);
			card.put("subtracted_points", v.subtractedPoints);
		}
		else {
			json.putNull("loyalty_card");
		}
		Json.putTimestamp(json, "start_date", v.startDate);
		Json.putTimestamp(json, "expiration_date", v.expirationDate);
		json.set("validity_timeframe", v.validityTimeframe);
		json.set("validity_day_of_week", v.validityDayOfWeek);
		if (v.validityHours != null) {
			json.set("validity_hours", v.validityHours);
		}
		json.put("active", v.active);
		json.put("additional_info", v.additionalInfo);
		json.set("metadata", v.metadata == null ? Json.object() : v.metadata.deepCopy());
		json.set("assets", assets(v));
		json.put("is_referral_code", v.referralCode);
		Json.putTimestamp(json, "created_at", v.createdAt);
		Json.putTimestamp(json, "updated_at", v.updatedAt);
		if (v.holder != null) {
			json.put("holder_id", v.holder.id());
		}
		if (v.referrerId != null) {
			json.put("referrer_id", v.referrerId);
		}
		if (withAssignments) {
			json.set("validation_rules_assignments",
					v.validationRulesAssignments != null ? v.validationRulesAssignments : emptyAssignments());
		}
		ObjectNode redemption = json.putObject("redemption");
		if (v.redemptionQuantity == null) {
			redemption.putNull("quantity");
		}
		else {
			redemption.put("quantity", v.redemptionQuantity);
		}
		redemption.put("redeemed_quantity", v.redeemedQuantity);
		if (v.type == StoredVoucher.Type.GIFT_VOUCHER) {
			redemption.put("redeemed_amount", v.redeemedAmount);
		}
		if (v.type == StoredVoucher.Type.LOYALTY_CARD) {
			redemption.put("redeemed_points", v.redeemedPoints);
		}
		redemption.put("object", "list");
		redemption.put("url", "/v1/vouchers/" + v.code + "/redemptions?page=1&limit=10");
		ObjectNode publish = json.putObject("publish");
		publish.put("object", "list");
		publish.put("count", v.publishCount);
		publish.put("url", "/v1/vouchers/" + v.code + "/publications?page=1&limit=10");
		json.put("object", "voucher");
		return json;
	}

	private static ObjectNode emptyAssignments() {
		ObjectNode list = Json.object();
		list.put("object", "list");
		list.put("data_ref", "data");
		list.putArray("data");
		list.put("total", 0);
		return list;
	}

	/**
	 * Asset ids imitate the API's encrypted tokens (base64 of an OpenSSL "Salted__" blob); the URLs
	 * take the API's shape, {@code <asset host>/api/v1/assets/qr/<id, percent-encoded>}, on the
	 * emulator's own host (the spec's examples hold a placeholder there).
	 */
	private static ObjectNode assets(StoredVoucher voucher) {
		ObjectNode assets = Json.object();
		for (String kind : List.of("qr", "barcode")) {
			ObjectNode asset = assets.putObject(kind);
			String id = java.util.Base64.getEncoder()
				.encodeToString(("Salted__" + kind + ":" + voucher.code).getBytes(StandardCharsets.UTF_8));
			asset.put("id", id);
			asset.put("url", voucher.assetsUrl + "/" + kind + "/" + URLEncoder.encode(id, StandardCharsets.UTF_8));
		}
		return assets;
	}

	static ObjectNode transaction(StoredVoucher voucher, StoredVoucher.Transaction tx) {
		ObjectNode json = Json.object();
		json.put("id", tx.id());
		json.put("source_id", tx.sourceId());
		json.put("voucher_id", voucher.id);
		json.put("campaign_id", voucher.campaignId);
		json.put("source", "API");
		json.put("reason", tx.reason());
		json.put("type", tx.type());
		json.putObject("details").set("balance", balance(voucher, tx, false));
		json.putNull("related_transaction_id");
		Json.putTimestamp(json, "created_at", tx.createdAt());
		return json;
	}

	/**
	 * The balance object: the reply of the balance endpoint, and (with {@code points} instead of
	 * {@code amount} for loyalty cards) a transaction's {@code details.balance}.
	 */
	static ObjectNode balance(StoredVoucher voucher, StoredVoucher.Transaction tx, boolean asReply) {
		ObjectNode json = Json.object();
		if (asReply || voucher.type == StoredVoucher.Type.GIFT_VOUCHER) {
			json.put("amount", tx.amount());
		}
		else {
			json.put("points", tx.amount());
		}
		json.put("total", tx.total());
		json.put("balance", tx.balance());
		json.put("type", voucher.type.balanceType);
		json.put("operation_type", "MANUAL");
		json.put("object", "balance");
		ObjectNode related = json.putObject("related_object");
		related.put("type", "voucher");
		related.put("id", voucher.id);
		return json;
	}

	/**
	 * Builds a voucher from a create request or a seed entry. Accepts the fields of the API's
	 * voucher object (so a spec example can be pasted as a seed), including {@code id} and
	 * {@code created_at} when given.
	 */
	static StoredVoucher read(JsonNode body, String pathCode, EmulatorState state, long sequence, Instant now) {
		if (body == null || body.isMissingNode() || body.isNull()) {
			body = Json.object();
		}
		if (!body.isObject()) {
			throw ErrorReply.invalidPayload("Payload should be object");
		}
		String code = pathCode != null ? pathCode : Json.text(body, "code");
		if (code == null || code.isEmpty()) {
			code = Ids.voucherCode();
		}
		StoredVoucher.Type type = type(body);
		String id = Json.text(body, "id");
		StoredVoucher voucher = new StoredVoucher(sequence, id != null ? id : Ids.voucher(), code, type,
				instant(body, "created_at", now));
		voucher.assetsUrl = state.assetsUrl();
		voucher.updatedAt = instant(body, "updated_at", null);
		voucher.campaign = Json.text(body, "campaign");
		voucher.campaignId = Json.text(body, "campaign_id");
		if (voucher.campaign != null && voucher.campaignId == null) {
			voucher.campaignId = state.campaignId(voucher.campaign);
		}
		String category = Json.text(body, "category");
		if (category == null && body.path("categories").isArray() && !body.path("categories").isEmpty()) {
			category = Json.text(body.path("categories").get(0), "name");
		}
		voucher.category = category == null ? null : state.category(category, now);
		switch (type) {
			case GIFT_VOUCHER -> readGift(body.path("gift"), body.path("redemption"), voucher);
			case LOYALTY_CARD -> readLoyalty(body.path("loyalty_card"), body.path("redemption"), voucher);
			case DISCOUNT_VOUCHER -> voucher.discount = readDiscount(body.path("discount"));
		}
		voucher.startDate = instant(body, "start_date", null);
		voucher.expirationDate = instant(body, "expiration_date", null);
		voucher.validityTimeframe = nullable(body.get("validity_timeframe"));
		voucher.validityDayOfWeek = nullable(body.get("validity_day_of_week"));
		voucher.validityHours = nullable(body.get("validity_hours"));
		voucher.active = !body.has("active") || body.get("active").isNull() || body.get("active").asBoolean();
		voucher.additionalInfo = Json.text(body, "additional_info");
		JsonNode metadata = body.get("metadata");
		if (metadata != null && !metadata.isNull()) {
			if (!metadata.isObject()) {
				throw ErrorReply.invalidPayload("Property .metadata should be object");
			}
			voucher.metadata = ((ObjectNode) metadata).deepCopy();
		}
		voucher.referralCode = body.path("is_referral_code").asBoolean(false);
		voucher.referrerId = Json.text(body, "referrer_id");
		voucher.holder = holder(body, state);
		JsonNode redemption = body.path("redemption");
		if (redemption.hasNonNull("quantity")) {
			voucher.redemptionQuantity = redemption.get("quantity").asLong();
		}
		voucher.redeemedQuantity = redemption.path("redeemed_quantity").asLong(0);
		voucher.publishCount = body.path("publish").path("count").asInt(0);
		voucher.validationRulesAssignments = nullable(body.get("validation_rules_assignments"));
		return voucher;
	}

	private static StoredVoucher.Type type(JsonNode body) {
		String type = Json.text(body, "type");
		if (type == null) {
			// Like the API, a voucher without a type is a discount voucher, unless it carries gift
			// or loyalty data, which only makes sense one way.
			return body.hasNonNull("gift") ? StoredVoucher.Type.GIFT_VOUCHER
					: body.hasNonNull("loyalty_card") ? StoredVoucher.Type.LOYALTY_CARD : StoredVoucher.Type.DISCOUNT_VOUCHER;
		}
		try {
			return StoredVoucher.Type.valueOf(type);
		}
		catch (IllegalArgumentException ex) {
			throw ErrorReply.invalidPayload(
					"Property .type should be equal to one of the allowed values: GIFT_VOUCHER, DISCOUNT_VOUCHER, LOYALTY_CARD");
		}
	}

	private static void readGift(JsonNode gift, JsonNode redemption, StoredVoucher voucher) {
		voucher.giftAmount = integer(gift, "amount", "gift.amount", 0);
		voucher.giftSubtracted = integer(gift, "subtracted_amount", "gift.subtracted_amount", 0);
		voucher.redeemedAmount = integer(redemption, "redeemed_amount", "redemption.redeemed_amount", 0);
		voucher.giftBalance = integer(gift, "balance", "gift.balance",
				voucher.giftAmount - voucher.giftSubtracted - voucher.redeemedAmount);
		String effect = Json.text(gift, "effect");
		if (effect != null) {
			voucher.giftEffect = effect;
		}
	}

	private static void readLoyalty(JsonNode card, JsonNode redemption, StoredVoucher voucher) {
		voucher.points = integer(card, "points", "loyalty_card.points", 0);
		voucher.subtractedPoints = integer(card, "subtracted_points", "loyalty_card.subtracted_points", 0);
		voucher.expiredPoints = integer(card, "expired_points", "loyalty_card.expired_points", 0);
		voucher.pendingPoints = integer(card, "pending_points", "loyalty_card.pending_points", 0);
		voucher.redeemedPoints = integer(redemption, "redeemed_points", "redemption.redeemed_points", 0);
		voucher.pointsBalance = integer(card, "balance", "loyalty_card.balance",
				voucher.points - voucher.subtractedPoints - voucher.expiredPoints - voucher.redeemedPoints);
		voucher.nextExpirationDate = Json.text(card, "next_expiration_date");
		if (card.hasNonNull("next_expiration_points")) {
			voucher.nextExpirationPoints = card.get("next_expiration_points").asLong();
		}
	}

	private static ObjectNode readDiscount(JsonNode discount) {
		if (!discount.isObject()) {
			throw ErrorReply.invalidPayload("Payload should have required property 'discount'");
		}
		String type = Json.text(discount, "type");
		if (type == null || !DISCOUNT_TYPES.contains(type)) {
			throw ErrorReply.invalidPayload(
					"Property .discount.type should be equal to one of the allowed values: " + String.join(", ", DISCOUNT_TYPES));
		}
		ObjectNode copy = ((ObjectNode) discount).deepCopy();
		if (!copy.has("effect") && (type.equals("AMOUNT") || type.equals("PERCENT") || type.equals("FIXED"))) {
			copy.put("effect", "APPLY_TO_ORDER");
		}
		return copy;
	}

	private static StoredVoucher.Customer holder(JsonNode body, EmulatorState state) {
		String holderId = Json.text(body, "holder_id");
		if (holderId != null) {
			return state.customer(holderId);
		}
		JsonNode customer = body.get("customer");
		if (customer == null || customer.isNull()) {
			return null;
		}
		if (customer.isString()) {
			return state.customer(customer.asString());
		}
		String id = Json.text(customer, "id");
		return state.customer(id != null ? id : Json.text(customer, "source_id"));
	}

	private static long integer(JsonNode node, String field, String path, long defaultValue) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			return defaultValue;
		}
		if (!value.isIntegralNumber() || !value.canConvertToLong()) {
			throw ErrorReply.invalidPayload("Property ." + path + " should be integer");
		}
		return value.asLong();
	}

	private static Instant instant(JsonNode body, String field, Instant defaultValue) {
		String value = Json.text(body, field);
		if (value == null) {
			return defaultValue;
		}
		try {
			return Json.millis(Instant.parse(value));
		}
		catch (DateTimeParseException ex) {
			throw ErrorReply.invalidPayload("Property ." + field + " should match format \"date-time\"");
		}
	}

	private static JsonNode nullable(JsonNode node) {
		return (node == null || node.isNull()) ? null : node.deepCopy();
	}

}
