package dev.vouchkit.voucherify.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The credits of a {@code GIFT_VOUCHER} ({@code gift}). All amounts are in minor units.
 *
 * @param amount the credits added over the card's lifetime
 * @param subtractedAmount the credits removed by hand
 * @param balance what is available now: amount minus subtracted minus redeemed
 * @param effect how the credits are applied
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Gift(
		@JsonProperty("amount") Long amount,
		@JsonProperty("subtracted_amount") Long subtractedAmount,
		@JsonProperty("balance") Long balance,
		@JsonProperty("effect") GiftEffect effect) {

}
