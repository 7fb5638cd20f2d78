package dev.vouchkit.voucherify;

import org.jspecify.annotations.Nullable;

import dev.vouchkit.voucherify.model.BalanceReconciliation;

/**
 * A balance update whose reply was lost was not applied: after the settle delay no
 * transaction of the voucher carries its {@link #getSourceId() source_id}
 * ({@link BalanceReconciliation.Outcome#NOT_APPLIED}). Sending the update again with the
 * same {@code source_id} is safe, and lets a later reconciliation spot the first request
 * should Voucherify still apply it. The cause is the failure that lost the reply.
 */
public class VoucherifyBalanceNotAppliedException extends VoucherifyException
		implements TransientVoucherifyException {

	public VoucherifyBalanceNotAppliedException(String message, String sourceId, BalanceReconciliation reconciliation,
			@Nullable Throwable cause) {
		super(message, VoucherifyOperation.UPDATE_VOUCHER_BALANCE, cause);
		attachBalanceUpdate(sourceId, reconciliation);
	}

}
