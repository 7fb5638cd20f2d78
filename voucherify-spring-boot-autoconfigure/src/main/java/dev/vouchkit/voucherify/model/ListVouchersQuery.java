package dev.vouchkit.voucherify.model;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The query parameters of list-vouchers ({@code GET /v1/vouchers}). Immutable; build it with
 * {@link #builder()}, start from {@link #defaults()} (no parameters: the server's default of
 * 10 vouchers, newest first) or derive copies with the {@code with…} methods. Every value is
 * checked when it is set, before any request is made: an invalid one throws
 * {@link IllegalArgumentException} whose message names the wire parameter.
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
 */
public final class ListVouchersQuery {

	/** The largest {@code limit} the API accepts. */
	public static final int MAX_LIMIT = 100;

	/** The largest {@code page} the API accepts. */
	public static final int MAX_PAGE = 99;

	private static final ListVouchersQuery DEFAULTS = new Builder().build();

	private final Integer limit;

	private final Integer page;

	private final String category;

	private final String campaignId;

	private final String customer;

	private final String campaign;

	private final OffsetDateTime createdBefore;

	private final OffsetDateTime createdAfter;

	private final OffsetDateTime updatedBefore;

	private final OffsetDateTime updatedAfter;

	private final VoucherOrder order;

	private final String code;

	private final List<String> ids;

	private final Map<String, String> filters;

	private ListVouchersQuery(Builder builder) {
		ModelSupport.requireOrdered(builder.createdBefore, builder.createdAfter, "created_at");
		ModelSupport.requireOrdered(builder.updatedBefore, builder.updatedAfter, "updated_at");
		this.limit = builder.limit;
		this.page = builder.page;
		this.category = builder.category;
		this.campaignId = builder.campaignId;
		this.customer = builder.customer;
		this.campaign = builder.campaign;
		this.createdBefore = builder.createdBefore;
		this.createdAfter = builder.createdAfter;
		this.updatedBefore = builder.updatedBefore;
		this.updatedAfter = builder.updatedAfter;
		this.order = builder.order;
		this.code = builder.code;
		this.ids = Collections.unmodifiableList(new ArrayList<>(builder.ids));
		this.filters = Collections.unmodifiableMap(new LinkedHashMap<>(builder.filters));
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

	/**
	 * A builder holding this query's parameters.
	 * @return a new builder
	 */
	public Builder toBuilder() {
		return new Builder(this);
	}

	/**
	 * A copy with another {@code page}.
	 * @param page 1 to 99
	 * @return the copy
	 * @throws IllegalArgumentException if {@code page} is out of range
	 */
	public ListVouchersQuery withPage(int page) {
		return toBuilder().page(page).build();
	}

	/**
	 * A copy with another {@code limit}.
	 * @param limit 1 to 100
	 * @return the copy
	 * @throws IllegalArgumentException if {@code limit} is out of range
	 */
	public ListVouchersQuery withLimit(int limit) {
		return toBuilder().limit(limit).build();
	}

	/**
	 * A copy with another {@code order}.
	 * @param order the order, or {@code null} for the server default
	 * @return the copy
	 */
	public ListVouchersQuery withOrder(VoucherOrder order) {
		return toBuilder().order(order).build();
	}

	/**
	 * A copy with another {@code created_at[before]}.
	 * @param createdBefore the bound, or {@code null} to remove it
	 * @return the copy
	 * @throws IllegalArgumentException if it lies before {@code created_at[after]}
	 */
	public ListVouchersQuery withCreatedBefore(OffsetDateTime createdBefore) {
		return toBuilder().createdBefore(createdBefore).build();
	}

	/**
	 * A copy with another {@code created_at[before]}.
	 * @param createdBefore the bound, or {@code null} to remove it
	 * @return the copy
	 * @throws IllegalArgumentException if it lies before {@code created_at[after]}
	 */
	public ListVouchersQuery withCreatedBefore(Instant createdBefore) {
		return withCreatedBefore(ModelSupport.utc(createdBefore));
	}

	/**
	 * A copy with another {@code created_at[after]}.
	 * @param createdAfter the bound, or {@code null} to remove it
	 * @return the copy
	 * @throws IllegalArgumentException if it lies after {@code created_at[before]}
	 */
	public ListVouchersQuery withCreatedAfter(OffsetDateTime createdAfter) {
		return toBuilder().createdAfter(createdAfter).build();
	}

	/**
	 * A copy with another {@code created_at[after]}.
	 * @param createdAfter the bound, or {@code null} to remove it
	 * @return the copy
	 * @throws IllegalArgumentException if it lies after {@code created_at[before]}
	 */
	public ListVouchersQuery withCreatedAfter(Instant createdAfter) {
		return withCreatedAfter(ModelSupport.utc(createdAfter));
	}

	/**
	 * A copy with another {@code updated_at[before]}.
	 * @param updatedBefore the bound, or {@code null} to remove it
	 * @return the copy
	 * @throws IllegalArgumentException if it lies before {@code updated_at[after]}
	 */
	public ListVouchersQuery withUpdatedBefore(OffsetDateTime updatedBefore) {
		return toBuilder().updatedBefore(updatedBefore).build();
	}

	/**
	 * A copy with another {@code updated_at[after]}.
	 * @param updatedAfter the bound, or {@code null} to remove it
	 * @return the copy
	 * @throws IllegalArgumentException if it lies after {@code updated_at[before]}
	 */
	public ListVouchersQuery withUpdatedAfter(OffsetDateTime updatedAfter) {
		return toBuilder().updatedAfter(updatedAfter).build();
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
	public Map<String, List<String>> toQueryParameters() {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		ModelSupport.put(parameters, "limit", this.limit);
		ModelSupport.put(parameters, "page", this.page);
		ModelSupport.put(parameters, "category", this.category);
		ModelSupport.put(parameters, "campaign_id", this.campaignId);
		ModelSupport.put(parameters, "customer", this.customer);
		ModelSupport.put(parameters, "campaign", this.campaign);
		putTimestamp(parameters, "created_at[before]", this.createdBefore);
		putTimestamp(parameters, "created_at[after]", this.createdAfter);
		putTimestamp(parameters, "updated_at[before]", this.updatedBefore);
		putTimestamp(parameters, "updated_at[after]", this.updatedAfter);
		ModelSupport.put(parameters, "order", this.order);
		ModelSupport.put(parameters, "code", this.code);
		if (!this.ids.isEmpty()) {
			parameters.put("ids", this.ids);
		}
		this.filters.forEach((name, value) -> ModelSupport.put(parameters, name, value));
		return Collections.unmodifiableMap(parameters);
	}

	private static void putTimestamp(Map<String, List<String>> parameters, String name, OffsetDateTime value) {
		if (value != null) {
			parameters.put(name, List.of(ModelSupport.timestamp(value)));
		}
	}

	/**
	 * {@code limit}: vouchers per page.
	 * @return 1 to 100, or {@code null} for the server default (10)
	 */
	public Integer limit() {
		return this.limit;
	}

	/**
	 * {@code page}: 1-based page number.
	 * @return 1 to 99, or {@code null} for the first page
	 */
	public Integer page() {
		return this.page;
	}

	/**
	 * {@code category}: the category name.
	 * @return the name, or {@code null}
	 */
	public String category() {
		return this.category;
	}

	/**
	 * {@code campaign_id}: the campaign id.
	 * @return the id, or {@code null}
	 */
	public String campaignId() {
		return this.campaignId;
	}

	/**
	 * {@code customer}: the holder's id or source id.
	 * @return the customer, or {@code null}
	 */
	public String customer() {
		return this.customer;
	}

	/**
	 * {@code campaign}: the campaign name.
	 * @return the name, or {@code null}
	 */
	public String campaign() {
		return this.campaign;
	}

	/**
	 * {@code created_at[before]}.
	 * @return the bound, or {@code null}
	 */
	public OffsetDateTime createdBefore() {
		return this.createdBefore;
	}

	/**
	 * {@code created_at[after]}.
	 * @return the bound, or {@code null}
	 */
	public OffsetDateTime createdAfter() {
		return this.createdAfter;
	}

	/**
	 * {@code updated_at[before]}.
	 * @return the bound, or {@code null}
	 */
	public OffsetDateTime updatedBefore() {
		return this.updatedBefore;
	}

	/**
	 * {@code updated_at[after]}.
	 * @return the bound, or {@code null}
	 */
	public OffsetDateTime updatedAfter() {
		return this.updatedAfter;
	}

	/**
	 * {@code order}.
	 * @return the order, or {@code null} for the server default (newest first)
	 */
	public VoucherOrder order() {
		return this.order;
	}

	/**
	 * {@code code}: an exact voucher code.
	 * @return the code, or {@code null}
	 */
	public String code() {
		return this.code;
	}

	/**
	 * {@code ids}: voucher ids.
	 * @return the ids; empty when not set
	 */
	public List<String> ids() {
		return this.ids;
	}

	/**
	 * The advanced filters, by full wire name, e.g.
	 * {@code filters[active][conditions][$enabled]} → {@code true}.
	 * @return the filters; empty when none
	 */
	public Map<String, String> filters() {
		return this.filters;
	}

	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		if (!(other instanceof ListVouchersQuery that)) {
			return false;
		}
		return Objects.equals(this.limit, that.limit) && Objects.equals(this.page, that.page)
				&& Objects.equals(this.category, that.category) && Objects.equals(this.campaignId, that.campaignId)
				&& Objects.equals(this.customer, that.customer) && Objects.equals(this.campaign, that.campaign)
				&& Objects.equals(this.createdBefore, that.createdBefore)
				&& Objects.equals(this.createdAfter, that.createdAfter)
				&& Objects.equals(this.updatedBefore, that.updatedBefore)
				&& Objects.equals(this.updatedAfter, that.updatedAfter) && Objects.equals(this.order, that.order)
				&& Objects.equals(this.code, that.code) && this.ids.equals(that.ids)
				&& this.filters.equals(that.filters);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.limit, this.page, this.category, this.campaignId, this.customer, this.campaign,
				this.createdBefore, this.createdAfter, this.updatedBefore, this.updatedAfter, this.order, this.code,
				this.ids, this.filters);
	}

	@Override
	public String toString() {
		return "ListVouchersQuery" + toQueryParameters();
	}

	/**
	 * Builds a {@link ListVouchersQuery}. Each setter checks its value at once; passing
	 * {@code null} removes the parameter. {@link #build()} also checks that each
	 * {@code [before]} bound is not earlier than its {@code [after]} bound.
	 */
	public static final class Builder {

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

		private final List<String> ids = new ArrayList<>();

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
			this.ids.addAll(query.ids);
			this.filters.putAll(query.filters);
		}

		/**
		 * Sets {@code limit}, the vouchers per page.
		 * @param limit 1 to 100, or {@code null} for the server default (10)
		 * @return this builder
		 * @throws IllegalArgumentException if out of range
		 */
		public Builder limit(Integer limit) {
			this.limit = ModelSupport.requireBetween(limit, 1, MAX_LIMIT, "limit");
			return this;
		}

		/**
		 * Sets {@code page}, the 1-based page number.
		 * @param page 1 to 99, or {@code null} for the first page
		 * @return this builder
		 * @throws IllegalArgumentException if out of range
		 */
		public Builder page(Integer page) {
			this.page = ModelSupport.requireBetween(page, 1, MAX_PAGE, "page");
			return this;
		}

		/**
		 * Sets {@code category}, a category name.
		 * @param category the name, or {@code null}
		 * @return this builder
		 * @throws IllegalArgumentException if blank
		 */
		public Builder category(String category) {
			this.category = ModelSupport.requireNotBlank(category, "category");
			return this;
		}

		/**
		 * Sets {@code campaign_id}.
		 * @param campaignId the campaign id ({@code camp_…}), or {@code null}
		 * @return this builder
		 * @throws IllegalArgumentException if blank
		 */
		public Builder campaignId(String campaignId) {
			this.campaignId = ModelSupport.requireNotBlank(campaignId, "campaign_id");
			return this;
		}

		/**
		 * Sets {@code customer}, the holder of the vouchers.
		 * @param customer the customer's id ({@code cust_…}) or source id, or {@code null}
		 * @return this builder
		 * @throws IllegalArgumentException if blank
		 */
		public Builder customer(String customer) {
			this.customer = ModelSupport.requireNotBlank(customer, "customer");
			return this;
		}

		/**
		 * Sets {@code campaign}, a campaign <em>name</em>.
		 * @param campaign the name, or {@code null}
		 * @return this builder
		 * @throws IllegalArgumentException if blank
		 */
		public Builder campaign(String campaign) {
			this.campaign = ModelSupport.requireNotBlank(campaign, "campaign");
			return this;
		}

		/**
		 * Sets {@code created_at[before]}.
		 * @param createdBefore the bound, or {@code null}
		 * @return this builder
		 */
		public Builder createdBefore(OffsetDateTime createdBefore) {
			this.createdBefore = createdBefore;
			return this;
		}

		/**
		 * Sets {@code created_at[before]}.
		 * @param createdBefore the bound, or {@code null}
		 * @return this builder
		 */
		public Builder createdBefore(Instant createdBefore) {
			return createdBefore(ModelSupport.utc(createdBefore));
		}

		/**
		 * Sets {@code created_at[after]}.
		 * @param createdAfter the bound, or {@code null}
		 * @return this builder
		 */
		public Builder createdAfter(OffsetDateTime createdAfter) {
			this.createdAfter = createdAfter;
			return this;
		}

		/**
		 * Sets {@code created_at[after]}.
		 * @param createdAfter the bound, or {@code null}
		 * @return this builder
		 */
		public Builder createdAfter(Instant createdAfter) {
			return createdAfter(ModelSupport.utc(createdAfter));
		}

		/**
		 * Sets {@code updated_at[before]}.
		 * @param updatedBefore the bound, or {@code null}
		 * @return this builder
		 */
		public Builder updatedBefore(OffsetDateTime updatedBefore) {
			this.updatedBefore = updatedBefore;
			return this;
		}

		/**
		 * Sets {@code updated_at[before]}.
		 * @param updatedBefore the bound, or {@code null}
		 * @return this builder
		 */
		public Builder updatedBefore(Instant updatedBefore) {
			return updatedBefore(ModelSupport.utc(updatedBefore));
		}

		/**
		 * Sets {@code updated_at[after]}.
		 * @param updatedAfter the bound, or {@code null}
		 * @return this builder
		 */
		public Builder updatedAfter(OffsetDateTime updatedAfter) {
			this.updatedAfter = updatedAfter;
			return this;
		}

		/**
		 * Sets {@code updated_at[after]}.
		 * @param updatedAfter the bound, or {@code null}
		 * @return this builder
		 */
		public Builder updatedAfter(Instant updatedAfter) {
			return updatedAfter(ModelSupport.utc(updatedAfter));
		}

		/**
		 * Sets {@code order}.
		 * @param order the order, or {@code null} for the server default (newest first)
		 * @return this builder
		 */
		public Builder order(VoucherOrder order) {
			this.order = order;
			return this;
		}

		/**
		 * Sets {@code code}, an exact voucher code.
		 * @param code the code, or {@code null}
		 * @return this builder
		 * @throws IllegalArgumentException if blank
		 */
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
			List<String> checked = new ArrayList<>();
			if (ids != null) {
				for (String id : ids) {
					if (id == null || id.isBlank()) {
						throw new IllegalArgumentException("ids must not contain null or blank values, was " + ids);
					}
					checked.add(id);
				}
			}
			this.ids.clear();
			this.ids.addAll(checked);
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
			requireFilterPart(field, "field");
			requireFilterPart(operator, "operator");
			if (value == null) {
				throw new IllegalArgumentException("filters value must not be null");
			}
			this.filters.put("filters[" + field + "][conditions][" + operator + "]", value);
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
				this.filters.remove("filters[junction]");
			}
			else {
				this.filters.put("filters[junction]", ModelSupport.requireNotBlank(junction, "filters[junction]"));
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

		private static void requireFilterPart(String part, String what) {
			if (part == null || part.isBlank() || part.contains("[") || part.contains("]")) {
				throw new IllegalArgumentException(
						"filters " + what + " must be non-blank text without square brackets, was " + part);
			}
		}

		/**
		 * Builds the query.
		 * @return the query
		 * @throws IllegalArgumentException if a {@code [before]} bound is earlier than its
		 * {@code [after]} bound
		 */
		public ListVouchersQuery build() {
			return new ListVouchersQuery(this);
		}

	}

}
