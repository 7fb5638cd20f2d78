package dev.vouchkit.voucherify.observation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

import dev.vouchkit.voucherify.VoucherifyExchange;
import dev.vouchkit.voucherify.VoucherifyExchangeListener;

/**
 * The last few HTTP attempts of the client, newest first, for the {@code voucherify}
 * Actuator endpoint: operation, status, request id and time. An exchange holds no voucher
 * code, path or credential, so neither does this log.
 * <p>
 * Attempts are written on the event loop that read their reply, so writing takes no lock:
 * under load on few cores, a thread preempted while holding one stalls every event loop
 * behind it. Each attempt gets the next number and the slot that number falls on; a list
 * reads back the last numbers given out and leaves out a slot not written yet.
 */
public final class VoucherifyRecentCalls implements VoucherifyExchangeListener {

	/** How many attempts are kept by default. */
	public static final int DEFAULT_SIZE = 20;

	private final int size;

	private final AtomicReferenceArray<@Nullable Numbered> slots;

	private final AtomicLong recorded = new AtomicLong();

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
		this.slots = new AtomicReferenceArray<>(size);
	}

	@Override
	public void onExchange(VoucherifyExchange exchange) {
		long number = this.recorded.getAndIncrement();
		this.slots.set(slot(number), new Numbered(number, exchange));
	}

	/**
	 * The kept attempts.
	 * @return a copy, newest first
	 */
	public List<VoucherifyExchange> list() {
		long next = this.recorded.get();
		List<VoucherifyExchange> newestFirst = new ArrayList<>(this.size);
		for (long number = next - 1; number >= Math.max(0, next - this.size); number--) {
			Numbered kept = this.slots.get(slot(number));
			// Not written yet, or written over by a newer attempt since the list began
			if (kept != null && kept.number() == number) {
				newestFirst.add(kept.exchange());
			}
		}
		return Collections.unmodifiableList(newestFirst);
	}

	private int slot(long number) {
		return (int) (number % this.size);
	}

	private record Numbered(long number, VoucherifyExchange exchange) {
	}

}
