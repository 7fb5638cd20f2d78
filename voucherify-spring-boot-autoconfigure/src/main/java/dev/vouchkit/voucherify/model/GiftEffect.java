package dev.vouchkit.voucherify.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * How a gift card's credits are applied ({@code gift.effect}).
 *
 * <p>An {@linkplain OpenEnum open enum}: values this client does not know decode to a new
 * instance (see {@link #isKnown()}) and serialize back unchanged.
 */
public final class GiftEffect extends OpenEnum {

	private static final OpenEnumValues<GiftEffect> VALUES = new OpenEnumValues<>(GiftEffect::new);

	/** {@code APPLY_TO_ORDER}. */
	public static final GiftEffect APPLY_TO_ORDER = VALUES.declare("APPLY_TO_ORDER");

	/** {@code APPLY_TO_ITEMS}. */
	public static final GiftEffect APPLY_TO_ITEMS = VALUES.declare("APPLY_TO_ITEMS");

	/**
	 * Creates a value; prefer {@link #of(String)}, which returns the declared constants.
	 * @param value the raw wire value, not {@code null}
	 */
	public GiftEffect(String value) {
		super(value, VALUES);
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static GiftEffect of(String value) {
		return VALUES.of(value);
	}

	public static List<GiftEffect> knownValues() {
		return VALUES.values();
	}

}
