package dev.vouchkit.voucherify.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The state of an export ({@code status}). A new export is always {@code SCHEDULED}.
 *
 * <p>An {@linkplain OpenEnum open enum}: values this client does not know decode to a new
 * instance (see {@link #isKnown()}) and serialize back unchanged.
 */
public final class ExportStatus extends OpenEnum {

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
	public ExportStatus(String value) {
		super(value, VALUES);
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static ExportStatus of(String value) {
		return VALUES.of(value);
	}

	public static List<ExportStatus> knownValues() {
		return VALUES.values();
	}

}
