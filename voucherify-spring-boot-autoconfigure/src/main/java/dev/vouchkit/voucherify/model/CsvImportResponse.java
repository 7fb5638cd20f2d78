package dev.vouchkit.voucherify.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The 202 reply of import-vouchers-using-csv, {@code {"async_action_id":"aa_…"}}. The import
 * runs in the background; its outcome (including per-row failures) is read through
 * {@code GET /v1/async-actions/{id}}.
 *
 * @param asyncActionId the async action id, {@code aa_…}
 * @param other the keys this client does not map, as decoded JSON (see {@link OpenObject})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CsvImportResponse(@JsonProperty("async_action_id") String asyncActionId,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> other) implements OpenObject {

	public CsvImportResponse {
		other = ModelSupport.map(other);
	}

}
