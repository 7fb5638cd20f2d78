package dev.vouchkit.sample;

import dev.vouchkit.voucherify.VoucherifyBadRequestException;

/**
 * Voucherify refused a deduction larger than the card's balance. Carries both numbers, in
 * the card's units (minor units of money for a gift card, points for a loyalty card), so the
 * desk can say it in the units the user typed instead of repeating Voucherify's text.
 */
class BalanceTooLowException extends RuntimeException {

	private final String code;

	private final long amount;

	private final long balance;

	private final boolean points;

	BalanceTooLowException(String code, long amount, long balance, boolean points,
			VoucherifyBadRequestException rejection) {
		super("Cannot deduct " + amount + " from " + code + ": its balance is " + balance, rejection);
		this.code = code;
		this.amount = amount;
		this.balance = balance;
		this.points = points;
	}

	String getCode() {
		return this.code;
	}

	long getAmount() {
		return this.amount;
	}

	long getBalance() {
		return this.balance;
	}

	boolean isPoints() {
		return this.points;
	}

	VoucherifyBadRequestException getRejection() {
		return (VoucherifyBadRequestException) getCause();
	}

}
