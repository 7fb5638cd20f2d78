package dev.vouchkit.voucherify.emulator;

import java.time.Clock;

/**
 * A fixed one-minute window. Without a quota the headers still go out (as the API sends them on
 * every call) with a nominal limit that is never enforced.
 */
final class RateLimiter {

	static final int NOMINAL_LIMIT = 1_000_000;

	record Window(int limit, int remaining, long resetEpochSecond, boolean exceeded) {
	}

	private final Clock clock;

	private final int quotaPerMinute;

	private long windowStart = Long.MIN_VALUE;

	private int used;

	RateLimiter(Clock clock, int quotaPerMinute) {
		this.clock = clock;
		this.quotaPerMinute = quotaPerMinute;
	}

	synchronized Window acquire() {
		long nowSecond = this.clock.instant().getEpochSecond();
		long currentWindow = nowSecond - Math.floorMod(nowSecond, 60);
		if (currentWindow != this.windowStart) {
			this.windowStart = currentWindow;
			this.used = 0;
		}
		int limit = this.quotaPerMinute > 0 ? this.quotaPerMinute : NOMINAL_LIMIT;
		boolean exceeded = this.quotaPerMinute > 0 && this.used >= this.quotaPerMinute;
		if (!exceeded) {
			this.used++;
		}
		return new Window(limit, Math.max(0, limit - this.used), currentWindow + 60, exceeded);
	}

	synchronized void reset() {
		this.windowStart = Long.MIN_VALUE;
		this.used = 0;
	}

}
