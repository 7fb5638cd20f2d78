package dev.vouchkit.voucherify.emulator;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock one millisecond later on every reading, for {@link VoucherifyEmulator.Builder#clock}:
 * vouchers seeded in a tight loop then get distinct {@code created_at}s, as real vouchers
 * created over time do, so listings ordered by creation time page deterministically.
 */
public final class TickingClock extends Clock {

	private final AtomicLong millis;

	private final ZoneId zone;

	/**
	 * A clock whose first reading is {@code start}.
	 * @param start the first instant read
	 */
	public TickingClock(Instant start) {
		this(new AtomicLong(start.toEpochMilli()), ZoneOffset.UTC);
	}

	private TickingClock(AtomicLong millis, ZoneId zone) {
		this.millis = millis;
		this.zone = zone;
	}

	@Override
	public Instant instant() {
		return Instant.ofEpochMilli(this.millis.getAndIncrement());
	}

	@Override
	public ZoneId getZone() {
		return this.zone;
	}

	/** The same ticking instants, seen in another zone. */
	@Override
	public Clock withZone(ZoneId zone) {
		return new TickingClock(this.millis, zone);
	}

}
