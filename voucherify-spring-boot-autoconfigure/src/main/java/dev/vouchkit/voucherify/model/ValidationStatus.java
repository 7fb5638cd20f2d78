package dev.vouchkit.voucherify.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The validation state of a validation rules assignment ({@code validation_status}).
 *
 * <p>An {@linkplain OpenEnum open enum}: values this client does not know decode to a new
 * instance (see {@link #isKnown()}) and serialize back unchanged.
 */
public final class ValidationStatus extends OpenEnum {

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
	public ValidationStatus(String value) {
		super(value, VALUES);
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static ValidationStatus of(String value) {
		return VALUES.of(value);
	}

	public static List<ValidationStatus> knownValues() {
		return VALUES.values();
	}

}
