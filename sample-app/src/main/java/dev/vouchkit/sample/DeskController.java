package dev.vouchkit.sample;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the page needs to know about the desk: the currency its amounts are in.
 */
@RestController
public class DeskController {

	private final DeskProperties desk;

	public DeskController(DeskProperties desk) {
		this.desk = desk;
	}

	@GetMapping("/api/desk")
	public DeskInfo desk() {
		return new DeskInfo(this.desk.currency().getCurrencyCode(), this.desk.currency().getDefaultFractionDigits());
	}

	/**
	 * @param currency ISO 4217 code
	 * @param fractionDigits digits of its minor unit: 2 means 2500 is 25.00
	 */
	public record DeskInfo(@JsonProperty("currency") String currency,
			@JsonProperty("fraction_digits") int fractionDigits) {

	}

}
