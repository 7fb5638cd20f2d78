package dev.vouchkit.voucherify;

/**
 * Told about every HTTP attempt of {@link VouchersTemplate}, retries included, as soon
 * as its reply (or its failure) arrives: for following the API's rate-limit headers and
 * keeping a log of recent calls. Runs on the I/O thread, so it must be quick and must
 * not block; what it throws is logged and ignored.
 */
@FunctionalInterface
public interface VoucherifyExchangeListener {

	/**
	 * One attempt has ended.
	 * @param exchange what it was and how it ended
	 */
	void onExchange(VoucherifyExchange exchange);

}
