package dev.vouchkit.voucherify.model;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A validation rule attached to a voucher, directly or inherited from its campaign.
 *
 * @param id the assignment id, {@code asgm_…}
 * @param ruleId the validation rule id, {@code val_…}
 * @param relatedObjectId the id of the object the rule is attached to
 * @param relatedObjectType the type of that object, e.g. {@code "voucher"} or
 * {@code "campaign"}
 * @param createdAt when the rule was attached
 * @param updatedAt when the assignment last changed
 * @param object always {@code "validation_rules_assignment"}
 * @param validationStatus whether the rule is valid for the object
 * @param validationOmittedRules the rule parts that were left out of validation
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ValidationRulesAssignment(
		@JsonProperty("id") String id,
		@JsonProperty("rule_id") String ruleId,
		@JsonProperty("related_object_id") String relatedObjectId,
		@JsonProperty("related_object_type") String relatedObjectType,
		@JsonProperty("created_at") OffsetDateTime createdAt,
		@JsonProperty("updated_at") OffsetDateTime updatedAt,
		@JsonProperty("object") String object,
		@JsonProperty("validation_status") ValidationStatus validationStatus,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) @JsonProperty("validation_omitted_rules") List<String> validationOmittedRules) {

	public ValidationRulesAssignment {
		validationOmittedRules = ModelSupport.list(validationOmittedRules);
	}

}
