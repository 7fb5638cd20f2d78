package dev.vouchkit.voucherify.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The balance after a transaction ({@code details.balance} of a {@link VoucherTransaction}).
 *
 * @param type whose balance this is: {@code gift_voucher} or {@code loyalty_card}
 * @param total the net of manual additions and removals so far (minor units or points)
 * @param amount the signed change in credits, minor units (gift cards)
 * @param points the signed change in points (loyalty cards)
 * @param balance what is available after the transaction (minor units or points)
 * @param objectType the JSON {@code object} key, always {@code "balance"}
 * @param operationType {@code MANUAL} or {@code AUTOMATIC}
 * @param relatedObject the voucher, {@code {"type":"voucher","id":"v_…"}}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VoucherBalance(
		@JsonProperty("type") BalanceType type,
		@JsonProperty("total") Long total,
		@JsonProperty("amount") Long amount,
		@JsonProperty("points") Long points,
		@JsonProperty("balance") Long balance,
		@JsonProperty("object") String objectType,
		@JsonProperty("operation_type") BalanceOperationType operationType,
		@JsonProperty("related_object") RelatedObject relatedObject) {

}
