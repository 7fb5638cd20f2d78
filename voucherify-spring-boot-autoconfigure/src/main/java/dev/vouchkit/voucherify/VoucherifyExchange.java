package dev.vouchkit.voucherify;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import dev.vouchkit.voucherify.VoucherifyErrorResponse.RateLimit;

/**
 * One HTTP attempt of a call, as a {@link VoucherifyExchangeListener} sees it. Holds no
 * voucher code, path, body or credential: only what is safe to log and show.
 *
 * @param time when the reply (or the failure) arrived
 * @param operation the operation attempted
 * @param status HTTP status of the reply, or 0 when there was no reply (connection
 * failure, response timeout)
 * @param requestId Voucherify's request id, when the reply carried one (error bodies do)
 * @param error Voucherify's error key (e.g. {@code not_found}) for an error reply, the
 * exception type when there was no reply, else {@code null}
 * @param rateLimit the reply's rate-limit headers, {@link RateLimit#NONE} without a reply
 */
public record VoucherifyExchange(Instant time, VoucherifyOperation operation, int status, @Nullable String requestId,
		@Nullable String error, RateLimit rateLimit) {

}
