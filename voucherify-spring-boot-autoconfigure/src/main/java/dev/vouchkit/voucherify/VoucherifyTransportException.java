package dev.vouchkit.voucherify;

import org.jspecify.annotations.Nullable;

/**
 * No reply arrived: the connection was refused or reset, the host did not resolve, or the
 * reply took too long. {@link #isRequestMayHaveReachedServer()} says whether the server
 * may have received, and applied, the request; when it did, the outcome of a
 * state-changing call is unknown and the caller must check before trying again.
 */
public class VoucherifyTransportException extends VoucherifyException implements TransientVoucherifyException {

	private final boolean requestMayHaveReachedServer;

	public VoucherifyTransportException(String message, @Nullable VoucherifyOperation operation,
			boolean requestMayHaveReachedServer, @Nullable Throwable cause) {
		super(message, operation, cause);
		this.requestMayHaveReachedServer = requestMayHaveReachedServer;
	}

	/**
	 * Whether the server may have received the request. {@code false} only when the
	 * request provably never left (connection refused, unknown host, no free connection in
	 * the pool).
	 * @return whether the outcome of the call is unknown
	 */
	public boolean isRequestMayHaveReachedServer() {
		return this.requestMayHaveReachedServer;
	}

}
