package dev.vouchkit.voucherify;

import org.jspecify.annotations.Nullable;

import org.springframework.core.NestedRuntimeException;

/**
 * Root of every exception the Voucherify client raises. Nothing else escapes the public
 * API: no {@code WebClientResponseException}, codec exception or
 * {@code NullPointerException}.
 * <p>
 * Subtypes that implement {@link TransientVoucherifyException} describe failures that may
 * succeed when tried again later; all others will fail the same way again.
 */
public abstract class VoucherifyException extends NestedRuntimeException {

	private final @Nullable VoucherifyOperation operation;

	protected VoucherifyException(String message, @Nullable VoucherifyOperation operation, @Nullable Throwable cause) {
		super(message, cause);
		this.operation = operation;
	}

	/**
	 * The operation that failed, or {@code null} when the failure is not tied to one.
	 * @return the operation
	 */
	public @Nullable VoucherifyOperation getOperation() {
		return this.operation;
	}

	/**
	 * Whether trying the same call again later may succeed.
	 * @return {@code true} for rate limiting, unavailable servers and transport failures
	 */
	public boolean isTransient() {
		return this instanceof TransientVoucherifyException;
	}

	static String describe(@Nullable VoucherifyOperation operation) {
		return (operation != null) ? operation.methodName() : "Voucherify call";
	}

}
