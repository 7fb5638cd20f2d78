package dev.vouchkit.voucherify.model;

import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What to put in a transactions export file ({@code parameters} of the export request).
 *
 * @param order the row order; {@code null} for the server default
 * @param fields the columns; empty (not sent) for the server default
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExportParameters(
		@JsonProperty("order") ExportOrder order,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) @JsonProperty("fields") List<ExportField> fields) {

	/**
	 * Validates the components.
	 * @param order the row order, or {@code null}
	 * @param fields the columns, or {@code null} for none
	 * @throws IllegalArgumentException if {@code fields} contains {@code null}
	 */
	public ExportParameters {
		fields = ModelSupport.list(fields);
		if (fields.contains(null)) {
			throw new IllegalArgumentException("fields must not contain null");
		}
	}

	/**
	 * Parameters with the given order and columns.
	 * @param order the row order, or {@code null}
	 * @param fields the columns; none for the server default
	 * @return the parameters
	 */
	public static ExportParameters of(ExportOrder order, ExportField... fields) {
		return new ExportParameters(order, Arrays.asList(fields));
	}

}
