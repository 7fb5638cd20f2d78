package dev.vouchkit.voucherify.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Pending loyalty points behind a {@code PENDING_POINTS_ACTIVATION} transaction
 * ({@code details.pending_points}).
 *
 * @param id the pending points id
 * @param voucherId the loyalty card's id
 * @param campaignId the loyalty campaign's id
 * @param customerId the holder's id
 * @param orderId the order that earned the points
 * @param points the number of points
 * @param activatesAt the date the points become active
 * @param details the earning details ({@code event}, {@code earning_rule}, {@code order},
 * {@code loyalty_tier}, ...), kept as decoded JSON
 * @param createdAt when the points were earned
 * @param updatedAt when this record last changed
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LoyaltyPendingPoints(
		@JsonProperty("id") String id,
		@JsonProperty("voucher_id") String voucherId,
		@JsonProperty("campaign_id") String campaignId,
		@JsonProperty("customer_id") String customerId,
		@JsonProperty("order_id") String orderId,
		@JsonProperty("points") Long points,
		@JsonProperty("activates_at") LocalDate activatesAt,
		@JsonProperty("details") Map<String, Object> details,
		@JsonProperty("created_at") OffsetDateTime createdAt,
		@JsonProperty("updated_at") OffsetDateTime updatedAt) {

	public LoyaltyPendingPoints {
		details = ModelSupport.map(details);
	}

}
