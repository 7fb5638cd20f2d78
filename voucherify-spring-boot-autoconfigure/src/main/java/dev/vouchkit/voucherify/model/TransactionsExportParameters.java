package dev.vouchkit.voucherify.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The parameters of a created transactions export: what was requested plus the
 * {@code filters} the server added.
 *
 * @param order the requested row order, if any
 * @param fields the requested columns; empty when none were requested
 * @param filters the server-side filters, always on the exported voucher
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TransactionsExportParameters(
		@JsonProperty("order") ExportOrder order,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) @JsonProperty("fields") List<ExportField> fields,
		@JsonProperty("filters") ExportFilters filters) {

	public TransactionsExportParameters {
		fields = ModelSupport.list(fields);
	}

}
