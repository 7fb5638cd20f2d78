package dev.vouchkit.voucherify.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How often a voucher was published ({@code publish}); a link to its publications. Keys not
 * in the spec are kept in {@link #other()}.
 *
 * @param object always {@code "list"}
 * @param count the number of publications
 * @param url the path of the publications list, e.g.
 * {@code /v1/vouchers/<code>/publications?page=1&limit=10}
 * @param other any further keys, as decoded JSON
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PublishSummary(
		@JsonProperty("object") String object,
		@JsonProperty("count") Integer count,
		@JsonProperty("url") String url,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> other) implements OpenObject {

	public PublishSummary {
		other = ModelSupport.map(other);
	}

}
