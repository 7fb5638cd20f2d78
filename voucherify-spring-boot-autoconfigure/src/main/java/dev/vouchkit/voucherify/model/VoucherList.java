package dev.vouchkit.voucherify.model;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One page of list-vouchers. The old-style envelope: the array is named {@code vouchers}, and
 * there is no cursor; a page past the end is empty.
 *
 * @param object always {@code "list"}
 * @param dataRef always {@code "vouchers"}
 * @param vouchers the vouchers of this page, without {@code validation_rules_assignments}
 * @param total how many vouchers match the filters in all
 * @param other the keys this client does not map, as decoded JSON (see {@link OpenObject})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VoucherList(
		@JsonProperty("object") String object,
		@JsonProperty("data_ref") String dataRef,
		@JsonProperty("vouchers") List<Voucher> vouchers,
		@JsonProperty("total") Long total,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> other) implements OpenObject {

	public VoucherList {
		other = ModelSupport.map(other);
		vouchers = ModelSupport.list(vouchers);
	}

}
