package dev.vouchkit.voucherify.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The state of an export ({@code status}). A new export is always {@code SCHEDULED}.
 *
 * <p>An {@linkplain OpenEnum open enum}: values this client does not know decode to a new
 * instance (see {@link #isKnown()}) and serialize back unchanged.
 *
 * @param value the raw wire value
 */
public record ExportStatus(@JsonValue String value) implements OpenEnum {

	private static final OpenEnumValues<ExportStatus> VALUES = new OpenEnumValues<>(ExportStatus::new);

	/** {@code SCHEDULED}. */
	public static final ExportStatus SCHEDULED = VALUES.declare("SCHEDULED");

	/** {@code IN_PROGRESS}. */
	public static final ExportStatus IN_PROGRESS = VALUES.declare("IN_PROGRESS");

	/** {@code DONE}: {@code result.url} is set. */
	public static final ExportStatus DONE = VALUES.declare("DONE");

	/** {@code ERROR}. */
	public static final ExportStatus ERROR = VALUES.declare("ERROR");

	/**
	 * Creates a value; prefer {@link #of(String)}, which returns the declared constants.
	 * @param value the raw wire value, not {@code null}
	 */
	public ExportStatus {
		value = OpenEnumValues.requireValue(value, "ExportStatus");
	}

	/**
	 * Returns the declared constant for {@code value}, or a new instance for a value this
	 * client does not know. Used by Jackson to decode the export {@code status}.
	 * @param value the raw wire value
	 * @return the value, or {@code null} when {@code value} is {@code null}
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static ExportStatus of(String value) {
		return VALUES.of(value);
	}

	/**
	 * The constants declared by this client version, in declaration order.
	 * @return the known values
	 */
	public static List<ExportStatus> knownValues() {
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
