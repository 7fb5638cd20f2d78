package dev.vouchkit.voucherify.model;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The validation rules of a voucher ({@code validation_rules_assignments}); only in single
 * voucher responses, not in list items. Keys not in the spec are kept in {@link #other()}.
 *
 * @param object always {@code "list"}
 * @param dataRef always {@code "data"}
 * @param data the assignments
 * @param total the number of assignments
 * @param other any further keys, as decoded JSON
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ValidationRulesAssignmentList(
		@JsonProperty("object") String object,
		@JsonProperty("data_ref") String dataRef,
		@JsonProperty("data") List<ValidationRulesAssignment> data,
		@JsonProperty("total") Long total,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> other) implements OpenObject {

	public ValidationRulesAssignmentList {
		data = ModelSupport.list(data);
		other = ModelSupport.map(other);
	}

}
