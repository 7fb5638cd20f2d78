package dev.vouchkit.voucherify;

/**
 * Marks a {@link VoucherifyException} whose cause may go away by itself: rate limiting, a
 * server that is temporarily unavailable, or a network failure. Retrying is only safe
 * when the operation is idempotent or the request provably never reached the server.
 */
public interface TransientVoucherifyException {

}
