package dev.vouchkit.voucherify.emulator;

import java.time.Duration;
import java.time.Instant;

/**
 * The life of one async job (a CSV import's async action or an export): queued for the first
 * fifth of its duration, then in progress with a growing {@code progress}, then finished, or
 * failed when scripted so. Reads derive the status from the clock, so a client polling it sees
 * each stage.
 *
 * @param createdAt when the job was accepted
 * @param duration how long it takes from creation to its end; zero ends it at once
 * @param fails whether it ends FAILED / ERROR instead of DONE
 */
record JobTimeline(Instant createdAt, Duration duration, boolean fails) {

	/** Share of the duration spent queued (ENQUEUED, SCHEDULED) before the work starts. */
	private static final double QUEUED_SHARE = 0.2;

	enum Phase {

		QUEUED, IN_PROGRESS, FINISHED

	}

	Phase phase(Instant now) {
		double done = fraction(now);
		if (done >= 1) {
			return Phase.FINISHED;
		}
		return (done < QUEUED_SHARE) ? Phase.QUEUED : Phase.IN_PROGRESS;
	}

	/** 0 while queued, 1 to 99 while in progress, 100 once finished. */
	int progress(Instant now) {
		return switch (phase(now)) {
			case QUEUED -> 0;
			case IN_PROGRESS -> (int) Math.max(1, Math.min(99, Math.floor(fraction(now) * 100)));
			case FINISHED -> 100;
		};
	}

	Instant finishedAt() {
		return this.createdAt.plus(this.duration);
	}

	private double fraction(Instant now) {
		if (this.duration.isZero()) {
			return 1;
		}
		long elapsed = Duration.between(this.createdAt, now).toMillis();
		return (double) elapsed / this.duration.toMillis();
	}

}
