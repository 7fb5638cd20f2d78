package dev.vouchkit.voucherify.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a {@link VoucherTransaction} was about ({@code details}). A manual top-up only has
 * {@code balance}; redemptions add {@code order} and {@code redemption}, refunds also
 * {@code rollback}, loyalty accruals {@code event}, {@code earning_rule}, tiers and so on. Keys
 * not in the spec are kept in {@link #other()}.
 *
 * @param balance the balance after the transaction
 * @param order the order of a redemption or refund
 * @param redemption the redemption, {@code r_…}
 * @param rollback the redemption rollback of a refund, {@code rr_…}
 * @param event the event that triggered a loyalty transaction
 * @param earningRule the earning rule that granted points
 * @param segment the customer segment involved
 * @param loyaltyTier the loyalty tier involved
 * @param holderLoyaltyTier the holder's loyalty tier
 * @param reward the reward a redemption of points paid for
 * @param customEvent the custom event that triggered the transaction
 * @param eventSchema the schema of that custom event
 * @param pendingPoints the pending points that were activated
 * @param sourceVoucher the card points were transferred from
 * @param destinationVoucher the card points were transferred to
 * @param other any further keys, as decoded JSON
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TransactionDetails(
		@JsonProperty("balance") VoucherBalance balance,
		@JsonProperty("order") Order order,
		@JsonProperty("redemption") Reference redemption,
		@JsonProperty("rollback") Reference rollback,
		@JsonProperty("event") RelatedObject event,
		@JsonProperty("earning_rule") EarningRule earningRule,
		@JsonProperty("segment") NamedReference segment,
		@JsonProperty("loyalty_tier") NamedReference loyaltyTier,
		@JsonProperty("holder_loyalty_tier") NamedReference holderLoyaltyTier,
		@JsonProperty("reward") NamedReference reward,
		@JsonProperty("custom_event") RelatedObject customEvent,
		@JsonProperty("event_schema") NamedReference eventSchema,
		@JsonProperty("pending_points") LoyaltyPendingPoints pendingPoints,
		@JsonProperty("source_voucher") Voucher sourceVoucher,
		@JsonProperty("destination_voucher") Voucher destinationVoucher,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> other) implements OpenObject {

	public TransactionDetails {
		other = ModelSupport.map(other);
	}

	/**
	 * An order reference.
	 *
	 * @param id the order id, {@code ord_…}
	 * @param sourceId the merchant's order id, may be {@code null}
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Order(
			@JsonProperty("id") String id,
			@JsonInclude(JsonInclude.Include.ALWAYS) @JsonProperty("source_id") String sourceId) {

	}

	/**
	 * A reference by id only.
	 *
	 * @param id the referenced object's id
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Reference(@JsonProperty("id") String id) {

	}

	/**
	 * A reference by id and name.
	 *
	 * @param id the referenced object's id
	 * @param name its name
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record NamedReference(
			@JsonProperty("id") String id,
			@JsonProperty("name") String name) {

	}

	/**
	 * The earning rule that granted loyalty points.
	 *
	 * @param id the earning rule id, {@code ern_…}
	 * @param source where the rule is described
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record EarningRule(
			@JsonProperty("id") String id,
			@JsonProperty("source") Source source) {

		/**
		 * The rule's display source.
		 *
		 * @param banner the rule's banner text
		 */
		@JsonIgnoreProperties(ignoreUnknown = true)
		@JsonInclude(JsonInclude.Include.NON_NULL)
		public record Source(@JsonProperty("banner") String banner) {

		}

	}

}
