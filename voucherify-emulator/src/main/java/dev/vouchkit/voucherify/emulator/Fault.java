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

	/**
	 * Read the whole request and apply it now, then lose the reply ({@code .thenReset()},
	 * {@code .thenStatus(500)}, {@code .thenNoReply()}): the client cannot tell it happened.
	 */
	static LostReply.Builder applied() {
		return new LostReply.Builder(LostReply.Effect.APPLIED, Duration.ZERO);
	}

	/**
	 * Read the whole request but never apply it, then answer as {@link #applied()} does: the
	 * client sees the same ambiguous failure, yet nothing changed.
	 */
	static LostReply.Builder notApplied() {
		return new LostReply.Builder(LostReply.Effect.NOT_APPLIED, Duration.ZERO);
	}

	/**
	 * Read the whole request, lose the reply at once, and apply the request only {@code delay}
	 * later, as a backend still working after its gateway gave up does.
	 * {@link FaultInjector#releaseLateApplications()} applies it at once,
	 * {@link FaultInjector#awaitLateApplications} waits for it.
	 */
	static LostReply.Builder appliedAfter(Duration delay) {
		if (delay == null || delay.isNegative() || delay.isZero()) {
			throw new IllegalArgumentException("delay must be positive, was " + delay);
		}
		return new LostReply.Builder(LostReply.Effect.APPLIED_LATER, delay);
	}

	/** @param body JSON to send, or null for a generated API-shaped error body */
	record ScriptedReply(int status, String body, Duration retryAfter) implements Fault {

		public ScriptedReply {
			if (status < 100 || status > 599) {
				throw new IllegalArgumentException("status must be 100..599, was " + status);
			}
		}

	}

	/**
	 * A request read in full whose reply never arrives as it should; see {@link #applied()},
	 * {@link #notApplied()} and {@link #appliedAfter(Duration)}.
	 * @param effect whether and when the request is applied
	 * @param applyAfter the delay of {@link Effect#APPLIED_LATER}, else zero
	 * @param answer what the client gets instead of the reply
	 * @param status the status of {@link Answer#STATUS}, else 0
	 */
	record LostReply(Effect effect, Duration applyAfter, Answer answer, int status) implements Fault {

		public LostReply {
			if (answer == Answer.STATUS && (status < 100 || status > 599)) {
				throw new IllegalArgumentException("status must be 100..599, was " + status);
			}
		}

		/** The journal's name for it, e.g. {@code APPLIED_THEN_STATUS_502}. */
		String describe() {
			return this.effect + "_THEN_" + ((this.answer == Answer.STATUS) ? "STATUS_" + this.status : this.answer);
		}

		/** Whether and when the request takes effect. */
		public enum Effect {

			APPLIED, NOT_APPLIED, APPLIED_LATER

		}

		/** What the client gets instead of the reply. */
		public enum Answer {

			/** A TCP reset. */
			RESET,
			/** An error status with an API-shaped body, e.g. 500 or a gateway's 502/503/504. */
			STATUS,
			/** Nothing, until the client gives up and closes the connection (a response timeout). */
			NO_REPLY

		}

		/** Picks the answer of a {@link LostReply}. */
		public static final class Builder {

			private final Effect effect;

			private final Duration applyAfter;

			Builder(Effect effect, Duration applyAfter) {
				this.effect = effect;
				this.applyAfter = applyAfter;
			}

			/** Close the connection with a TCP reset. */
			public LostReply thenReset() {
				return new LostReply(this.effect, this.applyAfter, Answer.RESET, 0);
			}

			/** Answer with this error status and an API-shaped error body. */
			public LostReply thenStatus(int status) {
				return new LostReply(this.effect, this.applyAfter, Answer.STATUS, status);
			}

			/** Never answer; the client's response timeout ends the exchange. */
			public LostReply thenNoReply() {
				return new LostReply(this.effect, this.applyAfter, Answer.NO_REPLY, 0);
			}

		}

	}

	enum ConnectionReset implements Fault {

		BEFORE_READ, AFTER_APPLY

	}

}
