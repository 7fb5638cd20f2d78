package dev.vouchkit.benchmarks.clients;

import dev.vouchkit.benchmarks.server.GiftCardServer;
import dev.vouchkit.voucherify.model.Voucher;

/**
 * Whether a decoded reply is the example gift card, checked on every call so that a client
 * that stopped decoding (or got errors) cannot look fast.
 */
final class GiftCardCheck {

	private GiftCardCheck() {
	}

	static boolean isGiftCard(Voucher voucher) {
		return isGiftCard(voucher.code(), (voucher.gift() != null) ? voucher.gift().balance() : null);
	}

	static boolean isGiftCard(String code, Long balance) {
		return GiftCardServer.GIFT_CARD_CODE.equals(code) && balance != null
				&& balance == GiftCardServer.GIFT_CARD_BALANCE;
	}

	static void require(boolean isGiftCard, Object reply) {
		if (!isGiftCard) {
			throw new IllegalStateException("Expected the example gift card " + GiftCardServer.GIFT_CARD_CODE
					+ " with balance " + GiftCardServer.GIFT_CARD_BALANCE + ", got " + reply);
		}
	}

}
