package dev.vouchkit.benchmarks.memory;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock one millisecond later on every reading, for the emulator: vouchers seeded in a
 * tight loop then get distinct {@code created_at}s, as real vouchers created over time do,
 * which {@code streamVouchers} needs to move its window past the API's page 99.
 */
final class TickingClock extends Clock {

	private final AtomicLong millis;

	TickingClock(Instant start) {
		this.millis = new AtomicLong(start.toEpochMilli());
	}

	@Override
	public Instant instant() {
		return Instant.ofEpochMilli(this.millis.getAndIncrement());
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("UTC only");
	}

}
