package dev.vouchkit.voucherify.model;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The filters the server puts into a transactions export
 * ({@code parameters.filters}): {@code {"voucher_id":{"conditions":{"$in":["<code>"]}}}}.
 * Filters on other fields are kept in {@link #other()}.
 *
 * @param voucherId the filter on {@code voucher_id}
 * @param other filters on other fields, as decoded JSON
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExportFilters(
		@JsonProperty("voucher_id") FieldFilter voucherId,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> other) implements OpenObject {

	public ExportFilters {
		other = ModelSupport.map(other);
	}

	/**
	 * Filters on {@code voucher_id} being one of the given values.
	 * @param voucherIds the voucher codes or ids
	 * @return the filters
	 */
	public static ExportFilters voucherIdIn(String... voucherIds) {
		return new ExportFilters(new FieldFilter(new Conditions(Arrays.asList(voucherIds), null), null), null);
	}

	/**
	 * The values of the {@code voucher_id} {@code $in} condition (the server fills in the
	 * voucher code).
	 * @return the values; empty when there is no such condition
	 */
	@JsonIgnore
	public List<String> voucherIdValues() {
		if (this.voucherId == null || this.voucherId.conditions() == null) {
			return List.of();
		}
		return this.voucherId.conditions().in();
	}

	/**
	 * The filter on one field.
	 *
	 * @param conditions the conditions the field must meet
	 * @param other further keys (e.g. {@code junction}), as decoded JSON
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record FieldFilter(
			@JsonProperty("conditions") Conditions conditions,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> other) {

		public FieldFilter {
			other = ModelSupport.map(other);
		}

	}

	/**
	 * The conditions of a field filter.
	 *
	 * @param in the {@code $in} operand: the field must equal one of these
	 * @param other other operators ({@code $is}, {@code $not_in}, ...), as decoded JSON
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Conditions(
			@JsonInclude(JsonInclude.Include.NON_EMPTY) @JsonProperty("$in") List<String> in,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> other) {

		public Conditions {
			in = ModelSupport.list(in);
			other = ModelSupport.map(other);
		}

	}

}
