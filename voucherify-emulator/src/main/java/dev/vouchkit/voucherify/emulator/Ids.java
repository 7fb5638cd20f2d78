package dev.vouchkit.voucherify.emulator;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/** Identifier formats as the API prints them (API-NOTES section 1). */
final class Ids {

	private static final char[] ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
		.toCharArray();

	/**
	 * Transaction and async-action ids are hex counters seeded from the clock, so that sorting
	 * by id equals creation order, as the API's `order=id` relies on.
	 */
	private static final AtomicLong HEX_SEQUENCE = new AtomicLong(System.currentTimeMillis() << 12);

	private Ids() {
	}

	static String voucher() {
		return "v_" + alphanumeric(32);
	}

	static String transaction() {
		return "vtx_" + orderedHex();
	}

	static String asyncAction() {
		return "aa_" + orderedHex();
	}

	static String export() {
		return "exp_" + alphanumeric(24);
	}

	static String request() {
		return "v-" + String.format("%018x", ThreadLocalRandom.current().nextLong() >>> 8);
	}

	static String category() {
		return "cat_" + String.format("%018x", ThreadLocalRandom.current().nextLong() >>> 8);
	}

	static String campaign() {
		return "camp_" + alphanumeric(24);
	}

	static String customer() {
		return "cust_" + alphanumeric(24);
	}

	static String session() {
		return "ssn_" + alphanumeric(32);
	}

	static String token() {
		return alphanumeric(40);
	}

	static String voucherCode() {
		return alphanumeric(8);
	}

	static String alphanumeric(int length) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		char[] chars = new char[length];
		for (int i = 0; i < length; i++) {
			chars[i] = ALPHANUMERIC[random.nextInt(ALPHANUMERIC.length)];
		}
		return new String(chars);
	}

	private static String orderedHex() {
		return String.format("%018x", HEX_SEQUENCE.incrementAndGet());
	}

}
