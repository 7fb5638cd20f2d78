package dev.vouchkit.voucherify.observation;

import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;

import dev.vouchkit.voucherify.VoucherifyOperation;

/**
 * What is known about one logical Voucherify operation while it is observed: the
 * operation, then its reply, its error ({@link #getError()}) or its cancellation.
 */
public class VoucherifyObservationContext extends Observation.Context {

	private final VoucherifyOperation operation;

	private @Nullable Object response;

	private boolean cancelled;

	public VoucherifyObservationContext(VoucherifyOperation operation) {
		this.operation = operation;
	}

	/**
	 * The operation being called.
	 * @return the operation
	 */
	public VoucherifyOperation getOperation() {
		return this.operation;
	}

	/**
	 * The reply, once it arrived.
	 * @return the reply, or {@code null} before it, on failure, or for operations that
	 * reply with no body
	 */
	public @Nullable Object getResponse() {
		return this.response;
	}

	public void setResponse(@Nullable Object response) {
		this.response = response;
	}

	/**
	 * Whether the subscriber cancelled the call before it ended.
	 * @return {@code true} when cancelled
	 */
	public boolean isCancelled() {
		return this.cancelled;
	}

	public void setCancelled(boolean cancelled) {
		this.cancelled = cancelled;
	}

}
