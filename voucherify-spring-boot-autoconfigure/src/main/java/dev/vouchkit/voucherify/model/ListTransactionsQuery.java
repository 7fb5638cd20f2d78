package dev.vouchkit.voucherify.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The query parameters of list-voucher-transactions
 * ({@code GET /v1/vouchers/{code}/transactions}). Immutable; build it with {@link #builder()},
 * start from {@link #defaults()}, or derive a changed copy with
 * {@link #copy(java.util.function.Consumer) copy(…)} or {@link #toBuilder()}. Paging uses a
 * cursor: pass the previous page's {@code more_starting_after} to
 * {@link Builder#startingAfterId(String)}. Every value is checked when it is set: an invalid
 * one throws {@link IllegalArgumentException} whose message names the wire parameter.
 *
 * @param limit {@code limit}: transactions per page, 1 to 100, or {@code null} for the server
 * default (10)
 * @param order {@code order}: {@link TransactionOrder#ID} (oldest first) or
 * {@link TransactionOrder#ID_DESC} (newest first), or {@code null} for the server default
 * @param startingAfterId {@code starting_after_id}: the paging cursor, the id of the last
 * transaction already seen, or {@code null}
 * @param page {@code page}: the old page-based paging, 1 or more, or {@code null}; deprecated:
 * Voucherify replaced it by the {@code starting_after_id} cursor and the current spec no longer
 * lists it, though the API and older SDKs still accept it
 */
public record ListTransactionsQuery(Integer limit, TransactionOrder order, String startingAfterId,
		@Deprecated Integer page) implements ListQuery<ListTransactionsQuery, ListTransactionsQuery.Builder> {

	/** The largest {@code limit} the API accepts. */
	public static final int MAX_LIMIT = 100;

	private static final ListTransactionsQuery DEFAULTS = new Builder().build();

	/**
	 * Checks every parameter; the builder's setters run the same checks as each value is set.
	 * @throws IllegalArgumentException naming the first invalid parameter
	 */
	public ListTransactionsQuery {
		checkLimit(limit);
		ModelSupport.requireNotBlank(startingAfterId, "starting_after_id");
		checkPage(page);
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

	@Override
	public Builder toBuilder() {
		return new Builder(this);
	}

	/**
	 * The parameters in wire form: raw (not percent-encoded) names and values, in a stable
	 * order ({@code limit}, {@code order}, {@code starting_after_id}, {@code page}), leaving out
	 * the ones not set.
	 * @return an unmodifiable map of parameter name to values
	 */
	@Override
	public Map<String, List<String>> toQueryParameters() {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		ModelSupport.put(parameters, "limit", this.limit);
		ModelSupport.put(parameters, "order", this.order);
		ModelSupport.put(parameters, "starting_after_id", this.startingAfterId);
		ModelSupport.put(parameters, "page", this.page);
		return ModelSupport.map(parameters);
	}

	@Override
	public String toString() {
		return "ListTransactionsQuery" + toQueryParameters();
	}

	private static Integer checkLimit(Integer limit) {
		return ModelSupport.requireBetween(limit, 1, MAX_LIMIT, "limit");
	}

	private static Integer checkPage(Integer page) {
		return ModelSupport.requireAtLeast(page, 1, "page");
	}

	/**
	 * Builds a {@link ListTransactionsQuery}. Each setter sets the component of the same name,
	 * checks its value at once and returns this builder; passing {@code null} removes the
	 * parameter.
	 */
	public static final class Builder implements ListQuery.Builder<ListTransactionsQuery> {

		private Integer limit;

		private TransactionOrder order;

		private String startingAfterId;

		private Integer page;

		private Builder() {
		}

		@SuppressWarnings("deprecation")
		private Builder(ListTransactionsQuery query) {
			this.limit = query.limit;
			this.order = query.order;
			this.startingAfterId = query.startingAfterId;
			this.page = query.page;
		}

		public Builder limit(Integer limit) {
			this.limit = checkLimit(limit);
			return this;
		}

		public Builder order(TransactionOrder order) {
			this.order = order;
			return this;
		}

		public Builder startingAfterId(String startingAfterId) {
			this.startingAfterId = ModelSupport.requireNotBlank(startingAfterId, "starting_after_id");
			return this;
		}

		/**
		 * Sets the old {@code page} parameter.
		 * @param page 1 or more, or {@code null}
		 * @return this builder
		 * @deprecated use {@link #startingAfterId(String)}; the current spec no longer lists
		 * {@code page}, though the API and older SDKs still accept it
		 */
		@Deprecated
		public Builder page(Integer page) {
			this.page = checkPage(page);
			return this;
		}

		@Override
		public ListTransactionsQuery build() {
			return new ListTransactionsQuery(this.limit, this.order, this.startingAfterId, this.page);
		}

	}

}
