package dev.vouchkit.voucherify.emulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that stands still until a test moves it, for {@link VoucherifyEmulator.Builder#clock}
 * or a client under test: waiting out a duration (a job's stages, a circuit breaker's open
 * state) then takes no wall-clock time and cannot race a loaded machine.
 */
public final class MutableClock extends Clock {

	private final AtomicReference<Instant> now;

	private final ZoneId zone;

	/**
	 * A clock in UTC standing at {@code start}.
	 * @param start the instant it reads until moved
	 */
	public MutableClock(Instant start) {
		this(new AtomicReference<>(start), ZoneOffset.UTC);
	}

	private MutableClock(AtomicReference<Instant> now, ZoneId zone) {
		this.now = now;
		this.zone = zone;
	}

	/**
	 * Moves the clock forward.
	 * @param duration how far
	 */
	public void advance(Duration duration) {
		this.now.updateAndGet((instant) -> instant.plus(duration));
	}

	@Override
	public Instant instant() {
		return this.now.get();
	}

	@Override
	public ZoneId getZone() {
		return this.zone;
	}

	/** The same instants, moved together with this clock, seen in another zone. */
	@Override
	public Clock withZone(ZoneId zone) {
		return new MutableClock(this.now, zone);
	}

}
