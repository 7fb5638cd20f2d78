package dev.vouchkit.voucherify;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * An await ({@code awaitImport}, {@code awaitExport}) reached its deadline before the job
 * finished. The job itself goes on at Voucherify: awaiting it again later may succeed.
 */
public class VoucherifyJobTimeoutException extends VoucherifyException implements TransientVoucherifyException {

	private final String jobId;

	private final @Nullable String lastStatus;

	private final Duration timeout;

	public VoucherifyJobTimeoutException(String message, VoucherifyOperation operation, String jobId,
			@Nullable String lastStatus, Duration timeout) {
		super(message, operation, null);
		this.jobId = jobId;
		this.lastStatus = lastStatus;
		this.timeout = timeout;
	}

	/**
	 * The id of the job awaited ({@code aa_…} or {@code exp_…}).
	 * @return the job id
	 */
	public String getJobId() {
		return this.jobId;
	}

	/**
	 * The status the last poll saw, e.g. {@code IN_PROGRESS}.
	 * @return the status, or {@code null} when no poll answered
	 */
	public @Nullable String getLastStatus() {
		return this.lastStatus;
	}

	/**
	 * How long the await waited.
	 * @return the deadline
	 */
	public Duration getTimeout() {
		return this.timeout;
	}

}
