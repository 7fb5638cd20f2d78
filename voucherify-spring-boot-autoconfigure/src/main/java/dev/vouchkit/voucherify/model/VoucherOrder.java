package dev.vouchkit.voucherify.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The sort order of the list-vouchers call ({@code order}); a leading {@code -} means descending. The server default is newest first.
 *
 * <p>An {@linkplain OpenEnum open enum}: values this client does not know decode to a new
 * instance (see {@link #isKnown()}) and serialize back unchanged.
 *
 * @param value the raw wire value
 */
public record VoucherOrder(@JsonValue String value) implements OpenEnum {

	private static final OpenEnumValues<VoucherOrder> VALUES = new OpenEnumValues<>(VoucherOrder::new);

	/** {@code created_at}. */
	public static final VoucherOrder CREATED_AT = VALUES.declare("created_at");

	/** {@code -created_at}. */
	public static final VoucherOrder CREATED_AT_DESC = VALUES.declare("-created_at");

	/** {@code updated_at}. */
	public static final VoucherOrder UPDATED_AT = VALUES.declare("updated_at");

	/** {@code -updated_at}. */
	public static final VoucherOrder UPDATED_AT_DESC = VALUES.declare("-updated_at");

	/** {@code code}. */
	public static final VoucherOrder CODE = VALUES.declare("code");

	/** {@code -code}. */
	public static final VoucherOrder CODE_DESC = VALUES.declare("-code");

	/**
	 * Creates a value; prefer {@link #of(String)}, which returns the declared constants.
	 * @param value the raw wire value, not {@code null}
	 */
	public VoucherOrder {
		value = OpenEnumValues.requireValue(value, "VoucherOrder");
	}

	/**
	 * Returns the declared constant for {@code value}, or a new instance for a value this
	 * client does not know. Used by Jackson to decode the list-vouchers {@code order}.
	 * @param value the raw wire value
	 * @return the value, or {@code null} when {@code value} is {@code null}
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static VoucherOrder of(String value) {
		return VALUES.of(value);
	}

	/**
	 * The constants declared by this client version, in declaration order.
	 * @return the known values
	 */
	public static List<VoucherOrder> knownValues() {
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
