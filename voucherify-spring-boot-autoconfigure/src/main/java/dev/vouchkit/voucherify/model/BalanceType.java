package dev.vouchkit.voucherify.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Which balance a balance object describes ({@code type}); lower case on the wire.
 *
 * <p>An {@linkplain OpenEnum open enum}: values this client does not know decode to a new
 * instance (see {@link #isKnown()}) and serialize back unchanged.
 *
 * @param value the raw wire value
 */
public record BalanceType(@JsonValue String value) implements OpenEnum {

	private static final OpenEnumValues<BalanceType> VALUES = new OpenEnumValues<>(BalanceType::new);

	/** {@code gift_voucher}: A gift card's credits. */
	public static final BalanceType GIFT_VOUCHER = VALUES.declare("gift_voucher");

	/** {@code loyalty_card}: A loyalty card's points. */
	public static final BalanceType LOYALTY_CARD = VALUES.declare("loyalty_card");

	/**
	 * Creates a value; prefer {@link #of(String)}, which returns the declared constants.
	 * @param value the raw wire value, not {@code null}
	 */
	public BalanceType {
		value = OpenEnumValues.requireValue(value, "BalanceType");
	}

	/**
	 * Returns the declared constant for {@code value}, or a new instance for a value this
	 * client does not know. Used by Jackson to decode the balance {@code type}.
	 * @param value the raw wire value
	 * @return the value, or {@code null} when {@code value} is {@code null}
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static BalanceType of(String value) {
		return VALUES.of(value);
	}

	/**
	 * The constants declared by this client version, in declaration order.
	 * @return the known values
	 */
	public static List<BalanceType> knownValues() {
		return VALUES.values();
	}

	@Override
	public boolean isKnown() {
		return VALUES.isKnown(this.value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
