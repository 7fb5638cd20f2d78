package dev.vouchkit.voucherify.emulator;

import java.time.Clock;
import java.time.Duration;

/**
 * The project's quotas: calls per fixed window (a minute by default, aligned to the epoch like the API's
 * per-minute counter) and, optionally, calls per billing cycle (the emulator's whole life, or until reset).
 * Without a window quota the headers still go out (as the API sends them on every call) with a nominal limit
 * that is never enforced.
 */
final class RateLimiter {

	static final int NOMINAL_LIMIT = 1_000_000;

	/** {@code X-Rate-Limit-Type} of a 429 for the per-window quota. */
	static final String WINDOW_LIMIT_TYPE = "api_calls";

	/** {@code X-Rate-Limit-Type} of a 429 for the billing cycle's quota. */
	static final String CYCLE_LIMIT_TYPE = "api_calls_cycle";

	/**
	 * One call's view of the quota.
	 * @param exceededType {@code null} when the call may go through, else the {@code X-Rate-Limit-Type} of its 429
	 */
	record Window(int limit, int remaining, long resetEpochSecond, String exceededType) {

		boolean exceeded() {
			return this.exceededType != null;
		}

	}

	private final Clock clock;

	private final int quotaPerWindow;

	private final long windowSeconds;

	private final long quotaPerCycle;

	private long windowStart = Long.MIN_VALUE;

	private int used;

	private long usedInCycle;

	RateLimiter(Clock clock, int quotaPerWindow, Duration window, long quotaPerCycle) {
		this.clock = clock;
		this.quotaPerWindow = quotaPerWindow;
		this.windowSeconds = window.toSeconds();
		this.quotaPerCycle = quotaPerCycle;
	}

	synchronized Window acquire() {
		long nowSecond = this.clock.instant().getEpochSecond();
		long currentWindow = nowSecond - Math.floorMod(nowSecond, this.windowSeconds);
		if (currentWindow != this.windowStart) {
			this.windowStart = currentWindow;
			this.used = 0;
		}
		int limit = this.quotaPerWindow > 0 ? this.quotaPerWindow : NOMINAL_LIMIT;
		String exceededType = null;
		if (this.quotaPerWindow > 0 && this.used >= this.quotaPerWindow) {
			exceededType = WINDOW_LIMIT_TYPE;
		}
		else if (this.quotaPerCycle > 0 && this.usedInCycle >= this.quotaPerCycle) {
			exceededType = CYCLE_LIMIT_TYPE;
		}
		if (exceededType == null) {
			this.used++;
			this.usedInCycle++;
		}
		return new Window(limit, Math.max(0, limit - this.used), currentWindow + this.windowSeconds, exceededType);
	}

	synchronized void reset() {
		this.windowStart = Long.MIN_VALUE;
		this.used = 0;
		this.usedInCycle = 0;
	}

}
