package dev.vouchkit.voucherify.model;

import java.time.OffsetDateTime;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One change to a gift card's credits or a loyalty card's points. The fields the spec requires
 * but allows to be {@code null} are written even when {@code null}.
 *
 * @param id the transaction id, {@code vtx_…}
 * @param sourceId the merchant's id passed to the balance call; {@code null} otherwise
 * @param voucherId the voucher id
 * @param campaignId the voucher's campaign id
 * @param source who made it: {@code "API"}, {@code "voucherify-web-ui"}, or {@code null} for
 * redemptions and refunds (free text in the spec, so kept as a string)
 * @param reason the free-text reason given, if any
 * @param type the kind of transaction
 * @param details the balance after it and what it was about
 * @param relatedTransactionId the other side of a points transfer
 * @param createdAt when it happened
 * @param other the keys this client does not map, as decoded JSON (see {@link OpenObject})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VoucherTransaction(
		@JsonProperty("id") String id,
		@JsonInclude(JsonInclude.Include.ALWAYS) @JsonProperty("source_id") String sourceId,
		@JsonProperty("voucher_id") String voucherId,
		@JsonProperty("campaign_id") String campaignId,
		@JsonInclude(JsonInclude.Include.ALWAYS) @JsonProperty("source") String source,
		@JsonInclude(JsonInclude.Include.ALWAYS) @JsonProperty("reason") String reason,
		@JsonProperty("type") TransactionType type,
		@JsonProperty("details") TransactionDetails details,
		@JsonInclude(JsonInclude.Include.ALWAYS) @JsonProperty("related_transaction_id") String relatedTransactionId,
		@JsonProperty("created_at") OffsetDateTime createdAt,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> other) implements OpenObject {

	public VoucherTransaction {
		other = ModelSupport.map(other);
	}

}
