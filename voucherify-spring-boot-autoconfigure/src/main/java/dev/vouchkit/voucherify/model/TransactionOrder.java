package dev.vouchkit.voucherify.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The sort order of the list-voucher-transactions call ({@code order}).
 *
 * <p>An {@linkplain OpenEnum open enum}: values this client does not know decode to a new
 * instance (see {@link #isKnown()}) and serialize back unchanged.
 *
 * @param value the raw wire value
 */
public record TransactionOrder(@JsonValue String value) implements OpenEnum {

	private static final OpenEnumValues<TransactionOrder> VALUES = new OpenEnumValues<>(TransactionOrder::new);

	/** {@code id}: Oldest first. */
	public static final TransactionOrder ID = VALUES.declare("id");

	/** {@code -id}: Newest first (the usual server default). */
	public static final TransactionOrder ID_DESC = VALUES.declare("-id");

	/**
	 * Creates a value; prefer {@link #of(String)}, which returns the declared constants.
	 * @param value the raw wire value, not {@code null}
	 */
	public TransactionOrder {
		value = OpenEnumValues.requireValue(value, "TransactionOrder");
	}

	/**
	 * Returns the declared constant for {@code value}, or a new instance for a value this
	 * client does not know. Used by Jackson to decode the list-transactions {@code order}.
	 * @param value the raw wire value
	 * @return the value, or {@code null} when {@code value} is {@code null}
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static TransactionOrder of(String value) {
		return VALUES.of(value);
	}

	/**
	 * The constants declared by this client version, in declaration order.
	 * @return the known values
	 */
	public static List<TransactionOrder> knownValues() {
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
