package dev.vouchkit.voucherify.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The query parameters of list-voucher-transactions
 * ({@code GET /v1/vouchers/{code}/transactions}). Immutable; build it with {@link #builder()},
 * start from {@link #defaults()}, or derive copies with the {@code with…} methods. Paging uses
 * a cursor: pass the previous page's {@code more_starting_after} to
 * {@link #withStartingAfterId(String)}. Every value is checked when it is set: an invalid one
 * throws {@link IllegalArgumentException} whose message names the wire parameter.
 */
public final class ListTransactionsQuery {

	/** The largest {@code limit} the API accepts. */
	public static final int MAX_LIMIT = 100;

	private static final ListTransactionsQuery DEFAULTS = new Builder().build();

	private final Integer limit;

	private final TransactionOrder order;

	private final String startingAfterId;

	private final Integer page;

	private ListTransactionsQuery(Builder builder) {
		this.limit = builder.limit;
		this.order = builder.order;
		this.startingAfterId = builder.startingAfterId;
		this.page = builder.page;
	}

	/**
	 * A query without parameters (the server's default of 10 transactions).
	 * @return the default query
	 */
	public static ListTransactionsQuery defaults() {
		return DEFAULTS;
	}

	/**
	 * A builder with no parameters set.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * A builder holding this query's parameters.
	 * @return a new builder
	 */
	public Builder toBuilder() {
		return new Builder(this);
	}

	/**
	 * A copy with another {@code starting_after_id} cursor.
	 * @param startingAfterId the id of the last transaction already seen (the previous page's
	 * {@code more_starting_after}), or {@code null} to start from the beginning
	 * @return the copy
	 * @throws IllegalArgumentException if blank
	 */
	public ListTransactionsQuery withStartingAfterId(String startingAfterId) {
		return toBuilder().startingAfterId(startingAfterId).build();
	}

	/**
	 * A copy with another {@code limit}.
	 * @param limit 1 to 100
	 * @return the copy
	 * @throws IllegalArgumentException if out of range
	 */
	public ListTransactionsQuery withLimit(int limit) {
		return toBuilder().limit(limit).build();
	}

	/**
	 * A copy with another value of the old {@code page} parameter.
	 * @param page 1 or more
	 * @return the copy
	 * @throws IllegalArgumentException if less than 1
	 * @deprecated use {@link #withStartingAfterId(String)}; see {@link Builder#page(Integer)}
	 */
	@Deprecated
	public ListTransactionsQuery withPage(int page) {
		return toBuilder().page(page).build();
	}

	/**
	 * A copy with another {@code order}.
	 * @param order the order, or {@code null} for the server default
	 * @return the copy
	 */
	public ListTransactionsQuery withOrder(TransactionOrder order) {
		return toBuilder().order(order).build();
	}

	/**
	 * The parameters in wire form: raw (not percent-encoded) names and values, in a stable
	 * order ({@code limit}, {@code order}, {@code starting_after_id}, {@code page}), leaving out
	 * the ones not set.
	 * @return an unmodifiable map of parameter name to values
	 */
	public Map<String, List<String>> toQueryParameters() {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		ModelSupport.put(parameters, "limit", this.limit);
		ModelSupport.put(parameters, "order", this.order);
		ModelSupport.put(parameters, "starting_after_id", this.startingAfterId);
		ModelSupport.put(parameters, "page", this.page);
		return Collections.unmodifiableMap(parameters);
	}

	/**
	 * {@code limit}: transactions per page.
	 * @return 1 to 100, or {@code null} for the server default (10)
	 */
	public Integer limit() {
		return this.limit;
	}

	/**
	 * {@code order}.
	 * @return the order, or {@code null} for the server default
	 */
	public TransactionOrder order() {
		return this.order;
	}

	/**
	 * {@code starting_after_id}: the paging cursor.
	 * @return the cursor, or {@code null}
	 */
	public String startingAfterId() {
		return this.startingAfterId;
	}

	/**
	 * {@code page}: the old page-based paging.
	 * @return the page, or {@code null}
	 * @deprecated Voucherify replaced {@code page} by the {@code starting_after_id} cursor;
	 * the current spec no longer lists it
	 */
	@Deprecated
	public Integer page() {
		return this.page;
	}

	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		if (!(other instanceof ListTransactionsQuery that)) {
			return false;
		}
		return Objects.equals(this.limit, that.limit) && Objects.equals(this.order, that.order)
				&& Objects.equals(this.startingAfterId, that.startingAfterId) && Objects.equals(this.page, that.page);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.limit, this.order, this.startingAfterId, this.page);
	}

	@Override
	public String toString() {
		return "ListTransactionsQuery" + toQueryParameters();
	}

	/**
	 * Builds a {@link ListTransactionsQuery}. Each setter checks its value at once; passing
	 * {@code null} removes the parameter.
	 */
	public static final class Builder {

		private Integer limit;

		private TransactionOrder order;

		private String startingAfterId;

		private Integer page;

		private Builder() {
		}

		private Builder(ListTransactionsQuery query) {
			this.limit = query.limit;
			this.order = query.order;
			this.startingAfterId = query.startingAfterId;
			this.page = query.page;
		}

		/**
		 * Sets {@code limit}, the transactions per page.
		 * @param limit 1 to 100, or {@code null} for the server default (10)
		 * @return this builder
		 * @throws IllegalArgumentException if out of range
		 */
		public Builder limit(Integer limit) {
			this.limit = ModelSupport.requireBetween(limit, 1, MAX_LIMIT, "limit");
			return this;
		}

		/**
		 * Sets {@code order}: {@link TransactionOrder#ID} (oldest first) or
		 * {@link TransactionOrder#ID_DESC} (newest first).
		 * @param order the order, or {@code null} for the server default
		 * @return this builder
		 */
		public Builder order(TransactionOrder order) {
			this.order = order;
			return this;
		}

		/**
		 * Sets {@code starting_after_id}, the paging cursor.
		 * @param startingAfterId the id of the last transaction already seen, or {@code null}
		 * @return this builder
		 * @throws IllegalArgumentException if blank
		 */
		public Builder startingAfterId(String startingAfterId) {
			this.startingAfterId = ModelSupport.requireNotBlank(startingAfterId, "starting_after_id");
			return this;
		}

		/**
		 * Sets the old {@code page} parameter.
		 * @param page 1 or more, or {@code null}
		 * @return this builder
		 * @throws IllegalArgumentException if less than 1
		 * @deprecated use {@link #startingAfterId(String)}; the current spec no longer lists
		 * {@code page}, though the API and older SDKs still accept it
		 */
		@Deprecated
		public Builder page(Integer page) {
			this.page = ModelSupport.requireAtLeast(page, 1, "page");
			return this;
		}

		/**
		 * Builds the query.
		 * @return the query
		 */
		public ListTransactionsQuery build() {
			return new ListTransactionsQuery(this);
		}

	}

}
