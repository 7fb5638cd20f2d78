package dev.vouchkit.voucherify.model;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The points of a {@code LOYALTY_CARD} ({@code loyalty_card}).
 *
 * @param points the points added over the card's lifetime
 * @param balance what is available now: points minus expired, subtracted and redeemed points
 * @param nextExpirationDate the date (no time) when points next expire
 * @param nextExpirationPoints how many points expire then
 * @param pendingPoints points earned but not yet active
 * @param expiredPoints points that expired
 * @param subtractedPoints points removed by hand
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LoyaltyCard(
		@JsonProperty("points") Long points,
		@JsonProperty("balance") Long balance,
		@JsonProperty("next_expiration_date") LocalDate nextExpirationDate,
		@JsonProperty("next_expiration_points") Long nextExpirationPoints,
		@JsonProperty("pending_points") Long pendingPoints,
		@JsonProperty("expired_points") Long expiredPoints,
		@JsonProperty("subtracted_points") Long subtractedPoints) {

}
