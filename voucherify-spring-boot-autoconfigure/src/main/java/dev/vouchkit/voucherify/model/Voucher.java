package dev.vouchkit.voucherify.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A voucher: a discount coupon, a gift card or a loyalty card. The body of get-voucher,
 * enable-voucher and disable-voucher, and the items of list-vouchers (which leave out
 * {@code validation_rules_assignments}). Only the part matching {@link #type()} of
 * {@code discount}, {@code gift} and {@code loyalty_card} is set.
 *
 * @param id the voucher id, {@code v_…}
 * @param code the voucher code
 * @param campaign the campaign name; {@code null} for standalone vouchers
 * @param campaignId the campaign id, {@code camp_…}
 * @param category the name of the first category
 * @param categoryId the id of the first category
 * @param categories all categories; empty when none (or not sent)
 * @param type the kind of voucher
 * @param discount the discount of a {@code DISCOUNT_VOUCHER}
 * @param gift the credits of a {@code GIFT_VOUCHER}
 * @param loyaltyCard the points of a {@code LOYALTY_CARD}
 * @param startDate the voucher is inactive before this
 * @param expirationDate the voucher is inactive after this
 * @param validityTimeframe a recurring validity window, relative to {@code start_date}
 * @param validityDayOfWeek the days it is valid on, 0 = Sunday … 6 = Saturday; empty means
 * every day
 * @param validityHours daily validity hours
 * @param active the on/off flag set by enable and disable
 * @param additionalInfo free text
 * @param metadata free-form metadata; values may be {@code null}; empty when none
 * @param assets the QR code and barcode images
 * @param isReferralCode whether this is a referral code
 * @param createdAt when the voucher was created
 * @param updatedAt when it last changed
 * @param holderId the holder's customer id, {@code cust_…}
 * @param referrerId the referrer's customer id (referral codes only)
 * @param object always {@code "voucher"}
 * @param publish the publications counter
 * @param redemption the redemption counters
 * @param validationRulesAssignments the validation rules; {@code null} in list items
 * @param other the keys this client does not map, as decoded JSON (see {@link OpenObject})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Voucher(
		@JsonProperty("id") String id,
		@JsonProperty("code") String code,
		@JsonProperty("campaign") String campaign,
		@JsonProperty("campaign_id") String campaignId,
		@JsonProperty("category") String category,
		@JsonProperty("category_id") String categoryId,
		@JsonProperty("categories") List<Category> categories,
		@JsonProperty("type") VoucherType type,
		@JsonProperty("discount") Discount discount,
		@JsonProperty("gift") Gift gift,
		@JsonProperty("loyalty_card") LoyaltyCard loyaltyCard,
		@JsonProperty("start_date") OffsetDateTime startDate,
		@JsonProperty("expiration_date") OffsetDateTime expirationDate,
		@JsonProperty("validity_timeframe") ValidityTimeframe validityTimeframe,
		@JsonProperty("validity_day_of_week") List<Integer> validityDayOfWeek,
		@JsonProperty("validity_hours") ValidityHours validityHours,
		@JsonProperty("active") Boolean active,
		@JsonProperty("additional_info") String additionalInfo,
		@JsonProperty("metadata") Map<String, Object> metadata,
		@JsonProperty("assets") VoucherAssets assets,
		@JsonProperty("is_referral_code") Boolean isReferralCode,
		@JsonProperty("created_at") OffsetDateTime createdAt,
		@JsonProperty("updated_at") OffsetDateTime updatedAt,
		@JsonProperty("holder_id") String holderId,
		@JsonProperty("referrer_id") String referrerId,
		@JsonProperty("object") String object,
		@JsonProperty("publish") PublishSummary publish,
		@JsonProperty("redemption") RedemptionSummary redemption,
		@JsonProperty("validation_rules_assignments") ValidationRulesAssignmentList validationRulesAssignments,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> other) implements OpenObject {

	public Voucher {
		categories = ModelSupport.list(categories);
		validityDayOfWeek = ModelSupport.list(validityDayOfWeek);
		metadata = ModelSupport.map(metadata);
		other = ModelSupport.map(other);
	}

	/**
	 * Whether this is a gift card ({@code GIFT_VOUCHER}).
	 * @return {@code true} for a gift card
	 */
	@JsonIgnore
	public boolean isGiftCard() {
		return VoucherType.GIFT_VOUCHER.equals(this.type);
	}

	/**
	 * Whether this is a loyalty card ({@code LOYALTY_CARD}).
	 * @return {@code true} for a loyalty card
	 */
	@JsonIgnore
	public boolean isLoyaltyCard() {
		return VoucherType.LOYALTY_CARD.equals(this.type);
	}

	/**
	 * Whether this is a discount coupon ({@code DISCOUNT_VOUCHER}).
	 * @return {@code true} for a discount voucher
	 */
	@JsonIgnore
	public boolean isDiscountVoucher() {
		return VoucherType.DISCOUNT_VOUCHER.equals(this.type);
	}

}
