package dev.vouchkit.voucherify.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The reply of update-voucher-balance.
 *
 * @param amount the change that was applied, signed
 * @param total the net of manual additions and removals so far, after this change
 * @param balance what is available after the change
 * @param type {@code gift_voucher} or {@code loyalty_card}
 * @param operationType {@code MANUAL}; the spec marks it required but its example leaves it out
 * @param object always {@code "balance"}
 * @param relatedObject the voucher, {@code {"type":"voucher","id":"v_…"}}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BalanceUpdateResponse(
		@JsonProperty("amount") Long amount,
		@JsonProperty("total") Long total,
		@JsonProperty("balance") Long balance,
		@JsonProperty("type") BalanceType type,
		@JsonProperty("operation_type") BalanceOperationType operationType,
		@JsonProperty("object") String object,
		@JsonProperty("related_object") RelatedObject relatedObject) {

}
