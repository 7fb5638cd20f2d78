package dev.vouchkit.voucherify.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
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
 * @param sourceId the {@code source_id} the update was sent with (the caller's, or one the
 * client generated); set by the client, not part of the API's reply
 * @param reconciliation how the client settled the update when its reply was lost, or
 * {@code null} when the API's reply arrived; set by the client, not part of the API's reply
 * @param other the keys this client does not map, as decoded JSON (see {@link OpenObject})
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
		@JsonProperty("related_object") RelatedObject relatedObject,
		@JsonProperty("source_id") String sourceId,
		@JsonProperty("reconciliation") BalanceReconciliation reconciliation,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> other) implements OpenObject {

	public BalanceUpdateResponse {
		other = ModelSupport.map(other);
	}

	/**
	 * A copy that carries the {@code source_id} the update was sent with.
	 * @param sourceId the source id
	 * @return the copy
	 */
	public BalanceUpdateResponse withSourceId(String sourceId) {
		return new BalanceUpdateResponse(this.amount, this.total, this.balance, this.type, this.operationType,
				this.object, this.relatedObject, sourceId, this.reconciliation, this.other);
	}

	/**
	 * A copy that says how the update was settled.
	 * @param reconciliation what reconciliation established
	 * @return the copy
	 */
	public BalanceUpdateResponse withReconciliation(BalanceReconciliation reconciliation) {
		return new BalanceUpdateResponse(this.amount, this.total, this.balance, this.type, this.operationType,
				this.object, this.relatedObject, this.sourceId, reconciliation, this.other);
	}

	/**
	 * Whether this reply was built by the client from the voucher's transactions because
	 * the API's own reply was lost.
	 * @return {@code true} when reconciled
	 */
	@JsonIgnore
	public boolean isReconciled() {
		return this.reconciliation != null;
	}

}
