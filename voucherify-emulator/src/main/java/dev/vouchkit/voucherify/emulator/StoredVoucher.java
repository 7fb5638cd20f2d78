package dev.vouchkit.voucherify.emulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One stored voucher. Kept as typed fields rather than a JSON tree so that 100,000 of them stay
 * small; {@link VoucherJson} renders the API's shape on the way out. Mutated only under the
 * {@link EmulatorState} lock.
 */
final class StoredVoucher {

	enum Type {

		GIFT_VOUCHER("gift_voucher"), DISCOUNT_VOUCHER(null), LOYALTY_CARD("loyalty_card");

		/** The lower-case name the balance object uses. */
		final String balanceType;

		Type(String balanceType) {
			this.balanceType = balanceType;
		}

	}

	final long sequence;

	final String id;

	final String code;

	final Type type;

	final Instant createdAt;

	Instant updatedAt;

	String campaign;

	String campaignId;

	Category category;

	ObjectNode discount;

	/** Gift cards: lifetime credits added, credits removed, available balance; minor units. */
	long giftAmount;

	long giftSubtracted;

	long giftBalance;

	String giftEffect = "APPLY_TO_ORDER";

	/** Loyalty cards: lifetime points added, points removed, available balance. */
	long points;

	long subtractedPoints;

	long pointsBalance;

	long pendingPoints;

	long expiredPoints;

	String nextExpirationDate;

	Long nextExpirationPoints;

	Instant startDate;

	Instant expirationDate;

	JsonNode validityTimeframe;

	JsonNode validityDayOfWeek;

	JsonNode validityHours;

	boolean active = true;

	String additionalInfo;

	/** Where its QR code and barcode images are: the emulator's own {@code .../api/v1/assets}. */
	String assetsUrl;

	ObjectNode metadata;

	boolean referralCode;

	Customer holder;

	String referrerId;

	Long redemptionQuantity;

	long redeemedQuantity;

	long redeemedAmount;

	long redeemedPoints;

	int publishCount;

	JsonNode validationRulesAssignments;

	final List<Transaction> transactions = new ArrayList<>();

	final Set<String> sessions = new LinkedHashSet<>();

	StoredVoucher(long sequence, String id, String code, Type type, Instant createdAt) {
		this.sequence = sequence;
		this.id = id;
		this.code = code;
		this.type = type;
		this.createdAt = createdAt;
	}

	/** Net credits or points from manual additions and removals: the balance object's `total`. */
	long balanceTotal() {
		return this.type == Type.GIFT_VOUCHER ? this.giftAmount - this.giftSubtracted : this.points - this.subtractedPoints;
	}

	long balance() {
		return this.type == Type.GIFT_VOUCHER ? this.giftBalance : this.pointsBalance;
	}

	record Category(String id, String name, Instant createdAt) {
	}

	record Customer(String id, String sourceId) {
	}

	/** A manual balance change, as listed by the transactions endpoint and exported. */
	record Transaction(String id, String type, String sourceId, String reason, long amount, long total, long balance,
			Instant createdAt) {
	}

}
