package dev.vouchkit.voucherify.model;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How the client settled a balance update whose reply was lost (a reset after the request
 * was written, a response timeout, 500, 502, 503 or 504): it looked for the update's
 * {@code source_id} among the voucher's transactions. Not part of the API's replies; the
 * client attaches it to {@link BalanceUpdateResponse#reconciliation()} and to the
 * exception of a call it could not settle.
 *
 * @param outcome what the search established
 * @param transactionIds the transactions found carrying the update's {@code source_id},
 * newest first: one when applied, more than one for a duplicate, none otherwise
 * @param requestsSent how many balance requests this call sent: 1, or 2 after an
 * automatic resend of a request that was not applied
 * @param transactionsRead how many transactions the searches read
 * @param detail what was tried and found, in words
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BalanceReconciliation(
		@JsonProperty("outcome") Outcome outcome,
		@JsonProperty("transaction_ids") List<String> transactionIds,
		@JsonProperty("requests_sent") int requestsSent,
		@JsonProperty("transactions_read") int transactionsRead,
		@JsonProperty("detail") String detail) {

	public BalanceReconciliation {
		transactionIds = ModelSupport.list(transactionIds);
	}

	/** What reconciling a balance update established. */
	public enum Outcome {

		/** The update was applied exactly once, as far as the search could see. */
		APPLIED,

		/**
		 * No transaction with the {@code source_id} appeared within the settle window: the
		 * update was not applied, and sending it again with the same {@code source_id} is safe
		 * (and lets a later reconciliation spot a late application).
		 */
		NOT_APPLIED,

		/** The search itself failed (API unreachable, circuit open, 401, ...): nothing is known. */
		UNKNOWN,

		/** More than one transaction carries the {@code source_id}: the balance moved more than once. */
		DUPLICATE;

		/**
		 * The value of the {@code voucherify.reconciliation} observation key.
		 * @return e.g. {@code not_applied}
		 */
		public String tagValue() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

}
