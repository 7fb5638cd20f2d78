package dev.vouchkit.voucherify.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A recurring window in which the voucher is valid ({@code validity_timeframe}), counted from
 * the voucher's {@code start_date}. Both values are ISO-8601 durations kept as text, since
 * periods such as {@code P1M} are not a {@link java.time.Duration}.
 *
 * @param interval how often the window repeats, e.g. {@code P1D}
 * @param duration how long each window lasts, e.g. {@code PT1H}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ValidityTimeframe(
		@JsonProperty("interval") String interval,
		@JsonProperty("duration") String duration) {

}
