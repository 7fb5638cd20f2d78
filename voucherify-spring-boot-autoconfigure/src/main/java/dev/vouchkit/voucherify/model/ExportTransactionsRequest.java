package dev.vouchkit.voucherify.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of export-voucher-transactions. {@link #empty()} serializes to {@code {}} and lets
 * the server choose order and columns.
 *
 * @param parameters the order and columns, or {@code null} for the defaults
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExportTransactionsRequest(@JsonProperty("parameters") ExportParameters parameters) {

	private static final ExportTransactionsRequest EMPTY = new ExportTransactionsRequest(null);

	/**
	 * A request without parameters ({@code {}}).
	 * @return the empty request
	 */
	public static ExportTransactionsRequest empty() {
		return EMPTY;
	}

	/**
	 * A request with the given parameters.
	 * @param parameters the parameters, or {@code null}
	 * @return the request
	 */
	public static ExportTransactionsRequest of(ExportParameters parameters) {
		return new ExportTransactionsRequest(parameters);
	}

	/**
	 * A request with the given order and columns.
	 * @param order the row order, or {@code null}
	 * @param fields the columns; none for the server default
	 * @return the request
	 */
	public static ExportTransactionsRequest of(ExportOrder order, ExportField... fields) {
		return new ExportTransactionsRequest(ExportParameters.of(order, fields));
	}

}
