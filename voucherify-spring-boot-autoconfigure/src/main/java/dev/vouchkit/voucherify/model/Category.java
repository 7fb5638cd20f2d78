package dev.vouchkit.voucherify.model;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A voucher category, as listed in {@code categories[]} ({@code cat_…}).
 *
 * @param id the category id, {@code cat_…}
 * @param name the category name (what {@code category} on the voucher holds)
 * @param hierarchy the sort position, 0 or more
 * @param object always {@code "category"}
 * @param createdAt when the category was created
 * @param updatedAt when it last changed; often absent
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Category(
		@JsonProperty("id") String id,
		@JsonProperty("name") String name,
		@JsonProperty("hierarchy") Integer hierarchy,
		@JsonProperty("object") String object,
		@JsonProperty("created_at") OffsetDateTime createdAt,
		@JsonProperty("updated_at") OffsetDateTime updatedAt) {

}
