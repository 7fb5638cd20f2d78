package dev.vouchkit.voucherify.model;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of update-voucher-balance: adds credits to a gift card or points to a loyalty card
 * (positive {@code amount}), or removes them (negative). Create it with {@link #add(long)},
 * {@link #subtract(long)}, {@link #of(long)} or {@link #builder()}.
 *
 * <pre>{@code
 * BalanceUpdateRequest.add(10_000).withSourceId("topup-42").withReason("Goodwill");  // +100.00
 * }</pre>
 *
 * @param amount the signed change: minor units for gift cards, points for loyalty cards;
 * required
 * @param sourceId the merchant's own id for this change; shown as the transaction's
 * {@code source_id}. When {@code null}, the client sends one it generates
 * ({@link #newSourceId()}), so that every update can be found again among the voucher's
 * transactions if its reply is lost
 * @param reason a free-text reason; shown as the transaction's {@code reason}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BalanceUpdateRequest(
		@JsonProperty("amount") Long amount,
		@JsonProperty("source_id") String sourceId,
		@JsonProperty("reason") String reason) {

	/**
	 * Validates the components.
	 * @param amount the signed change; required
	 * @param sourceId the merchant's id, or {@code null}
	 * @param reason the reason, or {@code null}
	 * @throws IllegalArgumentException if {@code amount} is {@code null}
	 */
	public BalanceUpdateRequest {
		if (amount == null) {
			throw new IllegalArgumentException("amount is required");
		}
		if (sourceId != null && sourceId.isBlank()) {
			throw new IllegalArgumentException("sourceId must not be blank; leave it null to have one generated");
		}
	}

	/** Prefix of the source ids the client generates. */
	public static final String GENERATED_SOURCE_ID_PREFIX = "vouchkit-";

	/**
	 * A new, unique {@code source_id}: {@value #GENERATED_SOURCE_ID_PREFIX} followed by a
	 * random (version 4) UUID in lower-case hex with dashes, e.g.
	 * {@code vouchkit-3f0c2a4e-9d1b-4c57-a0e2-6b1f8d7c5e90} (45 characters). The client
	 * sends one with every balance update that has none.
	 * @return the source id
	 */
	public static String newSourceId() {
		return GENERATED_SOURCE_ID_PREFIX + UUID.randomUUID();
	}

	/**
	 * A change of {@code amount} (signed) with no source id or reason.
	 * @param amount the signed change, minor units or points
	 * @return the request
	 */
	public static BalanceUpdateRequest of(long amount) {
		return new BalanceUpdateRequest(amount, null, null);
	}

	/**
	 * Adds {@code amount} credits or points.
	 * @param amount how much to add, more than 0
	 * @return the request
	 * @throws IllegalArgumentException if {@code amount} is not positive
	 */
	public static BalanceUpdateRequest add(long amount) {
		requirePositive(amount);
		return of(amount);
	}

	/**
	 * Removes {@code amount} credits or points (sent as a negative {@code amount}).
	 * @param amount how much to remove, more than 0
	 * @return the request
	 * @throws IllegalArgumentException if {@code amount} is not positive
	 */
	public static BalanceUpdateRequest subtract(long amount) {
		requirePositive(amount);
		return of(-amount);
	}

	/**
	 * A builder; {@code amount} must be set before {@link Builder#build()}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * A copy with the given {@code source_id}.
	 * @param sourceId the merchant's id, or {@code null} for none
	 * @return the copy
	 */
	public BalanceUpdateRequest withSourceId(String sourceId) {
		return new BalanceUpdateRequest(this.amount, sourceId, this.reason);
	}

	/**
	 * A copy with the given {@code reason}.
	 * @param reason the reason, or {@code null} for none
	 * @return the copy
	 */
	public BalanceUpdateRequest withReason(String reason) {
		return new BalanceUpdateRequest(this.amount, this.sourceId, reason);
	}

	private static void requirePositive(long amount) {
		if (amount <= 0) {
			throw new IllegalArgumentException("amount must be greater than 0, was " + amount);
		}
	}

	/** Builds a {@link BalanceUpdateRequest}. */
	public static final class Builder {

		private Long amount;

		private String sourceId;

		private String reason;

		private Builder() {
		}

		/**
		 * Sets the signed change.
		 * @param amount minor units (gift cards) or points (loyalty cards)
		 * @return this builder
		 */
		public Builder amount(long amount) {
			this.amount = amount;
			return this;
		}

		/**
		 * Sets the merchant's id for this change.
		 * @param sourceId the id, or {@code null}
		 * @return this builder
		 */
		public Builder sourceId(String sourceId) {
			this.sourceId = sourceId;
			return this;
		}

		/**
		 * Sets the reason.
		 * @param reason the reason, or {@code null}
		 * @return this builder
		 */
		public Builder reason(String reason) {
			this.reason = reason;
			return this;
		}

		/**
		 * Builds the request.
		 * @return the request
		 * @throws IllegalArgumentException if {@code amount} was not set
		 */
		public BalanceUpdateRequest build() {
			return new BalanceUpdateRequest(this.amount, this.sourceId, this.reason);
		}

	}

}
