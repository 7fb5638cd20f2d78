package dev.vouchkit.voucherify.autoconfigure.slice;

import java.time.Duration;

import org.springframework.stereotype.Service;

import dev.vouchkit.voucherify.VouchersOperations;

/**
 * A service of a user's application that reads gift-card balances.
 */
@Service
class GiftCardBalances {

	private final VouchersOperations vouchers;

	GiftCardBalances(VouchersOperations vouchers) {
		this.vouchers = vouchers;
	}

	Long balanceOf(String code) {
		return this.vouchers.getVoucher(code).map((voucher) -> voucher.gift().balance()).block(Duration.ofSeconds(30));
	}

}
