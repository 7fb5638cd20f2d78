package dev.vouchkit.voucherify.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A voucher's redemption counters ({@code redemption}); a link to its redemptions. Keys not in
 * the spec are kept in {@link #other()}.
 *
 * @param quantity how many redemptions are allowed; {@code null} means unlimited (so it is
 * written even when {@code null})
 * @param redeemedQuantity how many redemptions happened
 * @param redeemedPoints points redeemed (loyalty cards)
 * @param redeemedAmount credits redeemed, minor units (gift cards; sent by the API and shown in
 * the spec examples, though the spec's schema does not declare it)
 * @param object always {@code "list"}
 * @param url the path of the redemptions list, e.g.
 * {@code /v1/vouchers/<code>/redemptions?page=1&limit=10}
 * @param other any further keys, as decoded JSON
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RedemptionSummary(
		@JsonInclude(JsonInclude.Include.ALWAYS) @JsonProperty("quantity") Integer quantity,
		@JsonProperty("redeemed_quantity") Integer redeemedQuantity,
		@JsonProperty("redeemed_points") Long redeemedPoints,
		@JsonProperty("redeemed_amount") Long redeemedAmount,
		@JsonProperty("object") String object,
		@JsonProperty("url") String url,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> other) implements OpenObject {

	public RedemptionSummary {
		other = ModelSupport.map(other);
	}

	/**
	 * Whether the number of redemptions is unlimited ({@code quantity} is {@code null}).
	 * @return {@code true} when unlimited
	 */
	@JsonIgnore
	public boolean isUnlimited() {
		return this.quantity == null;
	}

}
