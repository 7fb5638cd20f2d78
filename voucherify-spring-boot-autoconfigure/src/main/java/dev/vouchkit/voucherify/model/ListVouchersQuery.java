package dev.vouchkit.voucherify.model;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The query parameters of list-vouchers ({@code GET /v1/vouchers}). Immutable; build it with
 * {@link #builder()}, start from {@link #defaults()} (no parameters: the server's default of
 * 10 vouchers, newest first) or derive a changed copy with {@link #copy(java.util.function.Consumer) copy(…)} or
 * {@link #toBuilder()}. Every value is checked when it is set, before any request is made: an
 * invalid one throws {@link IllegalArgumentException} whose message names the wire parameter.
 *
 * <pre>{@code
 * ListVouchersQuery query = ListVouchersQuery.builder()
 *     .limit(100)
 *     .campaignId("camp_f7fBbQxUuTN7dI7tGOo5XMDA")
 *     .createdAfter(Instant.parse("2024-01-01T00:00:00Z"))
 *     .order(VoucherOrder.CREATED_AT_DESC)
 *     .build();
 * }</pre>
 *
 * <p>{@link #toQueryParameters()} gives the wire form.
 *
 * @param limit {@code limit}: vouchers per page, 1 to 100, or {@code null} for the server default (10)
 * @param page {@code page}: 1-based page number, 1 to 99, or {@code null} for the first page
 * @param category {@code category}: a category name, or {@code null}
 * @param campaignId {@code campaign_id}: a campaign id ({@code camp_…}), or {@code null}
 * @param customer {@code customer}: the holder's id ({@code cust_…}) or source id, or {@code null}
 * @param campaign {@code campaign}: a campaign <em>name</em>, or {@code null}
 * @param createdBefore {@code created_at[before]}, or {@code null}
 * @param createdAfter {@code created_at[after]}, or {@code null}
 * @param updatedBefore {@code updated_at[before]}, or {@code null}
 * @param updatedAfter {@code updated_at[after]}, or {@code null}
 * @param order {@code order}, or {@code null} for the server default (newest first)
 * @param code {@code code}: an exact voucher code, or {@code null}
 * @param ids {@code ids}: voucher ids; empty when not set
 * @param filters the advanced filters by full wire name, e.g.
 * {@code filters[active][conditions][$enabled]} → {@code true}; empty when none
 */
public record ListVouchersQuery(Integer limit, Integer page, String category, String campaignId, String customer,
		String campaign, OffsetDateTime createdBefore, OffsetDateTime createdAfter, OffsetDateTime updatedBefore,
		OffsetDateTime updatedAfter, VoucherOrder order, String code, List<String> ids, Map<String, String> filters)
		implements ListQuery<ListVouchersQuery, ListVouchersQuery.Builder> {

	/** The largest {@code limit} the API accepts. */
	public static final int MAX_LIMIT = 100;

	/** The largest {@code page} the API accepts. */
	public static final int MAX_PAGE = 99;

	private static final String JUNCTION = "filters[junction]";

	private static final ListVouchersQuery DEFAULTS = new Builder().build();

	/**
	 * Checks every parameter; the builder's setters run the same checks as each value is set.
	 * @throws IllegalArgumentException naming the first invalid parameter
	 */
	public ListVouchersQuery {
		checkLimit(limit);
		checkPage(page);
		ModelSupport.requireNotBlank(category, "category");
		ModelSupport.requireNotBlank(campaignId, "campaign_id");
		ModelSupport.requireNotBlank(customer, "customer");
		ModelSupport.requireNotBlank(campaign, "campaign");
		ModelSupport.requireNotBlank(code, "code");
		ModelSupport.requireOrdered(createdBefore, createdAfter, "created_at");
		ModelSupport.requireOrdered(updatedBefore, updatedAfter, "updated_at");
		ids = checkIds(ids);
		filters = ModelSupport.map(filters);
	}

	/**
	 * A query without parameters.
	 * @return the default query
	 */
	public static ListVouchersQuery defaults() {
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
	 * order, leaving out the ones not set. Timestamps are ISO-8601 in UTC
	 * ({@code 2017-09-08T13:52:18.227Z}); the date filters use the deepObject names
	 * {@code created_at[before]} etc.; {@code ids} is form-exploded, i.e. one {@code ids} entry
	 * per id ({@code ids=a&ids=b}), as the spec's default style for it says. The caller
	 * percent-encodes names and values when building the URI.
	 * @return an unmodifiable map of parameter name to values
	 */
	@Override
	public Map<String, List<String>> toQueryParameters() {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		ModelSupport.put(parameters, "limit", this.limit);
		ModelSupport.put(parameters, "page", this.page);
		ModelSupport.put(parameters, "category", this.category);
		ModelSupport.put(parameters, "campaign_id", this.campaignId);
		ModelSupport.put(parameters, "customer", this.customer);
		ModelSupport.put(parameters, "campaign", this.campaign);
		ModelSupport.put(parameters, "created_at[before]", this.createdBefore);
		ModelSupport.put(parameters, "created_at[after]", this.createdAfter);
		ModelSupport.put(parameters, "updated_at[before]", this.updatedBefore);
		ModelSupport.put(parameters, "updated_at[after]", this.updatedAfter);
		ModelSupport.put(parameters, "order", this.order);
		ModelSupport.put(parameters, "code", this.code);
		if (!this.ids.isEmpty()) {
			parameters.put("ids", this.ids);
		}
		this.filters.forEach((name, value) -> ModelSupport.put(parameters, name, value));
		return ModelSupport.map(parameters);
	}

	@Override
	public String toString() {
		return "ListVouchersQuery" + toQueryParameters();
	}

	private static Integer checkLimit(Integer limit) {
		return ModelSupport.requireBetween(limit, 1, MAX_LIMIT, "limit");
	}

	private static Integer checkPage(Integer page) {
		return ModelSupport.requireBetween(page, 1, MAX_PAGE, "page");
	}

	private static List<String> checkIds(List<String> ids) {
		if (ids != null && ids.stream().anyMatch((id) -> id == null || id.isBlank())) {
			throw new IllegalArgumentException("ids must not contain null or blank values, was " + ids);
		}
		return ModelSupport.list(ids);
	}

	private static String checkFilterPart(String part, String what) {
		if (part == null || part.isBlank() || part.contains("[") || part.contains("]")) {
			throw new IllegalArgumentException(
					"filters " + what + " must be non-blank text without square brackets, was " + part);
		}
		return part;
	}

	/**
	 * Builds a {@link ListVouchersQuery}. Each setter sets the component of the same name,
	 * checks its value at once and returns this builder; passing {@code null} removes the
	 * parameter. {@link #build()} also checks that each {@code [before]} bound is not earlier
	 * than its {@code [after]} bound.
	 */
	public static final class Builder implements ListQuery.Builder<ListVouchersQuery> {

		private Integer limit;

		private Integer page;

		private String category;

		private String campaignId;

		private String customer;

		private String campaign;

		private OffsetDateTime createdBefore;

		private OffsetDateTime createdAfter;

		private OffsetDateTime updatedBefore;

		private OffsetDateTime updatedAfter;

		private VoucherOrder order;

		private String code;

		private List<String> ids = List.of();

		private final Map<String, String> filters = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(ListVouchersQuery query) {
			this.limit = query.limit;
			this.page = query.page;
			this.category = query.category;
			this.campaignId = query.campaignId;
			this.customer = query.customer;
			this.campaign = query.campaign;
			this.createdBefore = query.createdBefore;
			this.createdAfter = query.createdAfter;
			this.updatedBefore = query.updatedBefore;
			this.updatedAfter = query.updatedAfter;
			this.order = query.order;
			this.code = query.code;
			this.ids = query.ids;
			this.filters.putAll(query.filters);
		}

		public Builder limit(Integer limit) {
			this.limit = checkLimit(limit);
			return this;
		}

		public Builder page(Integer page) {
			this.page = checkPage(page);
			return this;
		}

		public Builder category(String category) {
			this.category = ModelSupport.requireNotBlank(category, "category");
			return this;
		}

		public Builder campaignId(String campaignId) {
			this.campaignId = ModelSupport.requireNotBlank(campaignId, "campaign_id");
			return this;
		}

		public Builder customer(String customer) {
			this.customer = ModelSupport.requireNotBlank(customer, "customer");
			return this;
		}

		public Builder campaign(String campaign) {
			this.campaign = ModelSupport.requireNotBlank(campaign, "campaign");
			return this;
		}

		public Builder createdBefore(OffsetDateTime createdBefore) {
			this.createdBefore = createdBefore;
			return this;
		}

		public Builder createdBefore(Instant createdBefore) {
			return createdBefore(ModelSupport.utc(createdBefore));
		}

		public Builder createdAfter(OffsetDateTime createdAfter) {
			this.createdAfter = createdAfter;
			return this;
		}

		public Builder createdAfter(Instant createdAfter) {
			return createdAfter(ModelSupport.utc(createdAfter));
		}

		public Builder updatedBefore(OffsetDateTime updatedBefore) {
			this.updatedBefore = updatedBefore;
			return this;
		}

		public Builder updatedBefore(Instant updatedBefore) {
			return updatedBefore(ModelSupport.utc(updatedBefore));
		}

		public Builder updatedAfter(OffsetDateTime updatedAfter) {
			this.updatedAfter = updatedAfter;
			return this;
		}

		public Builder updatedAfter(Instant updatedAfter) {
			return updatedAfter(ModelSupport.utc(updatedAfter));
		}

		public Builder order(VoucherOrder order) {
			this.order = order;
			return this;
		}

		public Builder code(String code) {
			this.code = ModelSupport.requireNotBlank(code, "code");
			return this;
		}

		/**
		 * Replaces {@code ids}, the voucher ids to return.
		 * @param ids the ids; {@code null} or empty removes the parameter
		 * @return this builder
		 * @throws IllegalArgumentException if an id is {@code null} or blank
		 */
		public Builder ids(List<String> ids) {
			this.ids = checkIds(ids);
			return this;
		}

		/**
		 * Replaces {@code ids}, the voucher ids to return.
		 * @param ids the ids
		 * @return this builder
		 * @throws IllegalArgumentException if an id is {@code null} or blank
		 */
		public Builder ids(String... ids) {
			return ids((ids != null) ? Arrays.asList(ids) : null);
		}

		/**
		 * Adds an advanced filter condition,
		 * {@code filters[<field>][conditions][<operator>]=<value>}, e.g.
		 * {@code filter("active", "$enabled", "true")} or
		 * {@code filter("metadata.tier", "$is", "gold")}. Setting the same field and operator
		 * again replaces the value.
		 * @param field the field, e.g. {@code expiration_date} or {@code metadata.x}
		 * @param operator the condition, e.g. {@code $is}, {@code $before}, {@code $enabled}
		 * @param value the operand
		 * @return this builder
		 * @throws IllegalArgumentException if an argument is {@code null}, blank or contains
		 * a square bracket
		 */
		public Builder filter(String field, String operator, String value) {
			String name = "filters[" + checkFilterPart(field, "field") + "][conditions]["
					+ checkFilterPart(operator, "operator") + "]";
			if (value == null) {
				throw new IllegalArgumentException("filters value must not be null");
			}
			this.filters.put(name, value);
			return this;
		}

		/**
		 * Sets how the filter conditions combine, {@code filters[junction]}.
		 * @param junction {@code AND} or {@code OR}; {@code null} removes it
		 * @return this builder
		 * @throws IllegalArgumentException if blank
		 */
		public Builder filterJunction(String junction) {
			if (junction == null) {
				this.filters.remove(JUNCTION);
			}
			else {
				this.filters.put(JUNCTION, ModelSupport.requireNotBlank(junction, JUNCTION));
			}
			return this;
		}

		/**
		 * Removes all advanced filters, including the junction.
		 * @return this builder
		 */
		public Builder clearFilters() {
			this.filters.clear();
			return this;
		}

		/**
		 * Builds the query.
		 * @return the query
		 * @throws IllegalArgumentException if a {@code [before]} bound is earlier than its
		 * {@code [after]} bound
		 */
		@Override
		public ListVouchersQuery build() {
			return new ListVouchersQuery(this.limit, this.page, this.category, this.campaignId, this.customer,
					this.campaign, this.createdBefore, this.createdAfter, this.updatedBefore, this.updatedAfter,
					this.order, this.code, this.ids, this.filters);
		}

	}

}
