package dev.vouchkit.voucherify;

import org.jspecify.annotations.Nullable;

import org.springframework.core.NestedRuntimeException;

import dev.vouchkit.voucherify.model.BalanceReconciliation;

/**
 * Root of every exception the Voucherify client raises. Nothing else escapes the public
 * API: no {@code WebClientResponseException}, codec exception or
 * {@code NullPointerException}.
 * <p>
 * Subtypes that implement {@link TransientVoucherifyException} describe failures that may
 * succeed when tried again later; all others will fail the same way again.
 */
public abstract class VoucherifyException extends NestedRuntimeException {

	private final @Nullable VoucherifyOperation operation;

	private volatile @Nullable String sourceId;

	private volatile @Nullable BalanceReconciliation reconciliation;

	protected VoucherifyException(String message, @Nullable VoucherifyOperation operation, @Nullable Throwable cause) {
		super(message, cause);
		this.operation = operation;
	}

	/**
	 * The operation that failed, or {@code null} when the failure is not tied to one.
	 * @return the operation
	 */
	public @Nullable VoucherifyOperation getOperation() {
		return this.operation;
	}

	/**
	 * The {@code source_id} a failed balance update was sent with (the caller's, or the one
	 * the client generated): sending the update again with it lets reconciliation recognise
	 * the first one should it surface later.
	 * @return the source id, or {@code null} for other operations
	 */
	public @Nullable String getSourceId() {
		return this.sourceId;
	}

	/**
	 * What the client tried to settle a balance update whose reply was lost.
	 * @return the reconciliation, or {@code null} when none was attempted
	 */
	public @Nullable BalanceReconciliation getReconciliation() {
		return this.reconciliation;
	}

	/** Ties this exception to the balance update that raised it; the message then names both. */
	void attachBalanceUpdate(String sourceId, @Nullable BalanceReconciliation reconciliation) {
		this.sourceId = sourceId;
		if (reconciliation != null) {
			this.reconciliation = reconciliation;
		}
	}

	@Override
	public String getMessage() {
		String message = super.getMessage();
		String id = this.sourceId;
		if (id == null) {
			return message;
		}
		BalanceReconciliation settled = this.reconciliation;
		return message + " [source_id=" + id
				+ ((settled != null) ? ", reconciliation " + settled.outcome() + ": " + settled.detail() : "") + "]";
	}

	/**
	 * Whether trying the same call again later may succeed.
	 * @return {@code true} for rate limiting, unavailable servers and transport failures
	 */
	public boolean isTransient() {
		return this instanceof TransientVoucherifyException;
	}

	static String describe(@Nullable VoucherifyOperation operation) {
		return (operation != null) ? operation.methodName() : "Voucherify call";
	}

}
