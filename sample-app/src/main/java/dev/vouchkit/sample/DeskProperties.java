package dev.vouchkit.sample;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the desk itself.
 *
 * @param currency ISO 4217 code of the project's currency: Voucherify keeps amounts in its
 * minor units (2500 = 25.00) and does not say which currency they are in
 */
@ConfigurationProperties("desk")
public record DeskProperties(@DefaultValue("EUR") Currency currency) {

	/**
	 * An amount in minor units as a person reads it, e.g. {@code €25.00} for 2500.
	 * @param minorUnits the amount in minor units
	 * @return the formatted amount
	 */
	public String format(long minorUnits) {
		NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
		format.setCurrency(this.currency);
		format.setMinimumFractionDigits(this.currency.getDefaultFractionDigits());
		format.setMaximumFractionDigits(this.currency.getDefaultFractionDigits());
		return format.format(BigDecimal.valueOf(minorUnits, this.currency.getDefaultFractionDigits()));
	}

}
