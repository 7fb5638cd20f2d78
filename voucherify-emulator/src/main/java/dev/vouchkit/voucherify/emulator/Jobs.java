package dev.vouchkit.voucherify.emulator;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/**
 * How long new async jobs take and which of them fail: shared by CSV imports and exports,
 * set through {@link VoucherifyEmulator#jobDuration(Duration)}, {@code failNextImport} and
 * {@code failNextExport}. Thread-safe.
 */
final class Jobs {

	private final Duration defaultDuration;

	private Duration duration;

	private final Deque<String> importFailures = new ArrayDeque<>();

	private int exportFailures;

	Jobs(Duration defaultDuration) {
		this.defaultDuration = defaultDuration;
		this.duration = defaultDuration;
	}

	static Duration requireDuration(Duration duration) {
		Objects.requireNonNull(duration, "duration");
		if (duration.isNegative()) {
			throw new IllegalArgumentException("job duration must not be negative, was " + duration);
		}
		return duration;
	}

	synchronized Duration duration() {
		return this.duration;
	}

	synchronized void duration(Duration duration) {
		this.duration = requireDuration(duration);
	}

	synchronized void failNextImport(String reason) {
		this.importFailures.addLast(Objects.requireNonNull(reason, "reason"));
	}

	synchronized void failNextExport() {
		this.exportFailures++;
	}

	/** Whether the next import is scripted to fail; the failure stays queued. */
	synchronized boolean importFailurePending() {
		return !this.importFailures.isEmpty();
	}

	/** The reason the next import fails with, taken off the queue, or null. */
	synchronized String takeImportFailure() {
		return this.importFailures.pollFirst();
	}

	synchronized boolean takeExportFailure() {
		if (this.exportFailures == 0) {
			return false;
		}
		this.exportFailures--;
		return true;
	}

	synchronized void reset() {
		this.duration = this.defaultDuration;
		this.importFailures.clear();
		this.exportFailures = 0;
	}

}
