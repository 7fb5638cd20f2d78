package dev.vouchkit.voucherify.observation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;

import org.springframework.util.Assert;

import dev.vouchkit.voucherify.VoucherifyExchange;
import dev.vouchkit.voucherify.VoucherifyExchangeListener;

/**
 * The last few HTTP attempts of the client, newest first, for the {@code voucherify}
 * Actuator endpoint: operation, status, request id and time. An exchange holds no voucher
 * code, path or credential, so neither does this log.
 */
public final class VoucherifyRecentCalls implements VoucherifyExchangeListener {

	/** How many attempts are kept by default. */
	public static final int DEFAULT_SIZE = 20;

	private final int size;

	private final Deque<VoucherifyExchange> calls;

	public VoucherifyRecentCalls() {
		this(DEFAULT_SIZE);
	}

	/**
	 * Creates a log keeping the last {@code size} attempts.
	 * @param size how many to keep, at least 1
	 */
	public VoucherifyRecentCalls(int size) {
		Assert.isTrue(size >= 1, "size must be at least 1");
		this.size = size;
		this.calls = new ArrayDeque<>(size);
	}

	@Override
	public synchronized void onExchange(VoucherifyExchange exchange) {
		if (this.calls.size() == this.size) {
			this.calls.removeLast();
		}
		this.calls.addFirst(exchange);
	}

	/**
	 * The kept attempts.
	 * @return a copy, newest first
	 */
	public synchronized List<VoucherifyExchange> list() {
		return Collections.unmodifiableList(new ArrayList<>(this.calls));
	}

}
