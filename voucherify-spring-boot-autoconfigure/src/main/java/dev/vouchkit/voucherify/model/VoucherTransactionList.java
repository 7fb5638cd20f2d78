package dev.vouchkit.voucherify.model;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One page of list-voucher-transactions. Paged with a cursor: when {@code has_more} is true,
 * pass {@code more_starting_after} as {@code starting_after_id}
 * ({@link ListTransactionsQuery#withStartingAfterId(String)}). There is no {@code total}.
 *
 * @param object always {@code "list"}
 * @param dataRef always {@code "data"}
 * @param data the transactions of this page
 * @param hasMore whether another page follows
 * @param moreStartingAfter the cursor for the next page, when {@code has_more} is true
 * @param other the keys this client does not map, as decoded JSON (see {@link OpenObject})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VoucherTransactionList(
		@JsonProperty("object") String object,
		@JsonProperty("data_ref") String dataRef,
		@JsonProperty("data") List<VoucherTransaction> data,
		@JsonProperty("has_more") Boolean hasMore,
		@JsonProperty("more_starting_after") String moreStartingAfter,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> other) implements OpenObject {

	public VoucherTransactionList {
		other = ModelSupport.map(other);
		data = ModelSupport.list(data);
	}

}
