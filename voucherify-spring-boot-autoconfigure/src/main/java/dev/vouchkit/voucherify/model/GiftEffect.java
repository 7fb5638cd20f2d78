package dev.vouchkit.voucherify.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How a gift card's credits are applied ({@code gift.effect}).
 *
 * <p>An {@linkplain OpenEnum open enum}: values this client does not know decode to a new
 * instance (see {@link #isKnown()}) and serialize back unchanged.
 *
 * @param value the raw wire value
 */
public record GiftEffect(@JsonValue String value) implements OpenEnum {

	private static final OpenEnumValues<GiftEffect> VALUES = new OpenEnumValues<>(GiftEffect::new);

	/** {@code APPLY_TO_ORDER}. */
	public static final GiftEffect APPLY_TO_ORDER = VALUES.declare("APPLY_TO_ORDER");

	/** {@code APPLY_TO_ITEMS}. */
	public static final GiftEffect APPLY_TO_ITEMS = VALUES.declare("APPLY_TO_ITEMS");

	/**
	 * Creates a value; prefer {@link #of(String)}, which returns the declared constants.
	 * @param value the raw wire value, not {@code null}
	 */
	public GiftEffect {
		value = OpenEnumValues.requireValue(value, "GiftEffect");
	}

	/**
	 * Returns the declared constant for {@code value}, or a new instance for a value this
	 * client does not know. Used by Jackson to decode the gift {@code effect}.
	 * @param value the raw wire value
	 * @return the value, or {@code null} when {@code value} is {@code null}
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static GiftEffect of(String value) {
		return VALUES.of(value);
	}

	/**
	 * The constants declared by this client version, in declaration order.
	 * @return the known values
	 */
	public static List<GiftEffect> knownValues() {
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
