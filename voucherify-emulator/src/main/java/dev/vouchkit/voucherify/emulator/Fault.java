package dev.vouchkit.voucherify.emulator;

import java.time.Duration;

/**
 * A one-shot fault, queued per {@link Operation} with {@link FaultInjector#enqueue} and consumed by
 * the next matching request; after the queue runs dry the operation behaves normally again.
 */
public sealed interface Fault {

	/** Answer with this status and body instead of running the operation (state is untouched). */
	static Fault reply(int status, String jsonBody) {
		return new ScriptedReply(status, jsonBody, null);
	}

	/** As {@link #reply(int, String)} with a {@code Retry-After} header, in whole seconds. */
	static Fault reply(int status, String jsonBody, Duration retryAfter) {
		return new ScriptedReply(status, jsonBody, retryAfter);
	}

	/** Answer with this status and an error body in the API's shape. */
	static Fault status(int status) {
		return new ScriptedReply(status, null, null);
	}

	/** Close the connection (TCP reset) before reading the request: nothing is applied. */
	static Fault resetBeforeRead() {
		return ConnectionReset.BEFORE_READ;
	}

	/**
	 * Apply the operation, then close the connection (TCP reset) without answering: the ambiguous
	 * case where a client cannot know whether its write happened.
	 */
	static Fault resetAfterApply() {
		return ConnectionReset.AFTER_APPLY;
	}

	/** @param body JSON to send, or null for a generated API-shaped error body */
	record ScriptedReply(int status, String body, Duration retryAfter) implements Fault {

		public ScriptedReply {
			if (status < 100 || status > 599) {
				throw new IllegalArgumentException("status must be 100..599, was " + status);
			}
		}

	}

	enum ConnectionReset implements Fault {

		BEFORE_READ, AFTER_APPLY

	}

}
