package dev.vouchkit.voucherify.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * A column of an exported transactions file ({@code parameters.fields[]}).
 *
 * <p>An {@linkplain OpenEnum open enum}: values this client does not know decode to a new
 * instance (see {@link #isKnown()}) and serialize back unchanged.
 */
public final class ExportField extends OpenEnum {

	private static final OpenEnumValues<ExportField> VALUES = new OpenEnumValues<>(ExportField::new);

	/** {@code id}. */
	public static final ExportField ID = VALUES.declare("id");

	/** {@code type}. */
	public static final ExportField TYPE = VALUES.declare("type");

	/** {@code source_id}. */
	public static final ExportField SOURCE_ID = VALUES.declare("source_id");

	/** {@code reason}. */
	public static final ExportField REASON = VALUES.declare("reason");

	/** {@code balance}. */
	public static final ExportField BALANCE = VALUES.declare("balance");

	/** {@code amount}. */
	public static final ExportField AMOUNT = VALUES.declare("amount");

	/** {@code created_at}. */
	public static final ExportField CREATED_AT = VALUES.declare("created_at");

	/** {@code voucher_id}. */
	public static final ExportField VOUCHER_ID = VALUES.declare("voucher_id");

	/** {@code campaign_id}. */
	public static final ExportField CAMPAIGN_ID = VALUES.declare("campaign_id");

	/** {@code source}. */
	public static final ExportField SOURCE = VALUES.declare("source");

	/** {@code details}. */
	public static final ExportField DETAILS = VALUES.declare("details");

	/** {@code related_transaction_id}. */
	public static final ExportField RELATED_TRANSACTION_ID = VALUES.declare("related_transaction_id");

	/**
	 * Creates a value; prefer {@link #of(String)}, which returns the declared constants.
	 * @param value the raw wire value, not {@code null}
	 */
	public ExportField(String value) {
		super(value, VALUES);
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static ExportField of(String value) {
		return VALUES.of(value);
	}

	public static List<ExportField> knownValues() {
		return VALUES.values();
	}

}
