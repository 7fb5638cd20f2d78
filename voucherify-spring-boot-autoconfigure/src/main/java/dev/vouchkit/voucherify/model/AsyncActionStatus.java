package dev.vouchkit.voucherify.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The state of an async action ({@code status}), e.g. a CSV import's: {@code ENQUEUED},
 * {@code IN_PROGRESS}, then {@code DONE} or {@code FAILED}.
 *
 * <p>An {@linkplain OpenEnum open enum}: values this client does not know decode to a new
 * instance (see {@link #isKnown()}) and serialize back unchanged.
 */
public final class AsyncActionStatus extends OpenEnum {

	private static final OpenEnumValues<AsyncActionStatus> VALUES = new OpenEnumValues<>(AsyncActionStatus::new);

	/** {@code ENQUEUED}: accepted, not started. */
	public static final AsyncActionStatus ENQUEUED = VALUES.declare("ENQUEUED");

	/** {@code IN_PROGRESS}: see {@code progress}. */
	public static final AsyncActionStatus IN_PROGRESS = VALUES.declare("IN_PROGRESS");

	/** {@code DONE}: finished; {@code result} holds the counts and the rows that failed. */
	public static final AsyncActionStatus DONE = VALUES.declare("DONE");

	/** {@code FAILED}: the action as a whole failed. */
	public static final AsyncActionStatus FAILED = VALUES.declare("FAILED");

	/**
	 * Creates a value; prefer {@link #of(String)}, which returns the declared constants.
	 * @param value the raw wire value, not {@code null}
	 */
	public AsyncActionStatus(String value) {
		super(value, VALUES);
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static AsyncActionStatus of(String value) {
		return VALUES.of(value);
	}

	public static List<AsyncActionStatus> knownValues() {
		return VALUES.values();
	}

}
