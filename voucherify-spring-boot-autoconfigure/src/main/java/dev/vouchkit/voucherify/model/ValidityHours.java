package dev.vouchkit.voucherify.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The hours of the day in which the voucher is valid ({@code validity_hours}).
 *
 * @param daily the daily windows
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ValidityHours(@JsonProperty("daily") List<Daily> daily) {

	public ValidityHours {
		daily = ModelSupport.list(daily);
	}

	/**
	 * One daily window.
	 *
	 * @param startTime the start, {@code HH:mm}
	 * @param expirationTime the end, {@code HH:mm}
	 * @param daysOfWeek the days it applies to, 0 = Sunday … 6 = Saturday
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Daily(
			@JsonProperty("start_time") String startTime,
			@JsonProperty("expiration_time") String expirationTime,
			@JsonProperty("days_of_week") List<Integer> daysOfWeek) {

		public Daily {
			daysOfWeek = ModelSupport.list(daysOfWeek);
		}

	}

}
