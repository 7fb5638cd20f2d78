package dev.vouchkit.voucherify.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The validation state of a validation rules assignment ({@code validation_status}).
 *
 * <p>An {@linkplain OpenEnum open enum}: values this client does not know decode to a new
 * instance (see {@link #isKnown()}) and serialize back unchanged.
 *
 * @param value the raw wire value
 */
public record ValidationStatus(@JsonValue String value) implements OpenEnum {

	private static final OpenEnumValues<ValidationStatus> VALUES = new OpenEnumValues<>(ValidationStatus::new);

	/** {@code VALID}. */
	public static final ValidationStatus VALID = VALUES.declare("VALID");

	/** {@code PARTIALLY_VALID}. */
	public static final ValidationStatus PARTIALLY_VALID = VALUES.declare("PARTIALLY_VALID");

	/** {@code INVALID}. */
	public static final ValidationStatus INVALID = VALUES.declare("INVALID");

	/**
	 * Creates a value; prefer {@link #of(String)}, which returns the declared constants.
	 * @param value the raw wire value, not {@code null}
	 */
	public ValidationStatus {
		value = OpenEnumValues.requireValue(value, "ValidationStatus");
	}

	/**
	 * Returns the declared constant for {@code value}, or a new instance for a value this
	 * client does not know. Used by Jackson to decode the assignment {@code validation_status}.
	 * @param value the raw wire value
	 * @return the value, or {@code null} when {@code value} is {@code null}
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static ValidationStatus of(String value) {
		return VALUES.of(value);
	}

	/**
	 * The constants declared by this client version, in declaration order.
	 * @return the known values
	 */
	public static List<ValidationStatus> knownValues() {
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
