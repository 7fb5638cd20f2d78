package dev.vouchkit.voucherify;

import reactor.core.publisher.Mono;

/**
 * Wraps each logical call of {@link VouchersTemplate} (every attempt it may make), e.g.
 * with retries, a circuit breaker, a rate limiter or an observation. The call it
 * receives is cold: each subscription sends the request again, so a decorator that
 * resubscribes must respect {@link VoucherifyOperation#isIdempotent()}.
 */
public interface VoucherifyOperationDecorator {

	/** Leaves every call as it is. */
	VoucherifyOperationDecorator NONE = new VoucherifyOperationDecorator() {

		@Override
		public <T> Mono<T> decorate(VoucherifyOperation operation, Mono<T> call) {
			return call;
		}

		@Override
		public String toString() {
			return "VoucherifyOperationDecorator.NONE";
		}

	};

	/**
	 * Wraps one logical call.
	 * @param <T> the reply type
	 * @param operation the operation being called
	 * @param call one attempt of the call, cold
	 * @return the decorated call
	 */
	<T> Mono<T> decorate(VoucherifyOperation operation, Mono<T> call);

	/**
	 * This decorator wrapped in {@code outer}: {@code outer} sees one call however many
	 * attempts this one makes, e.g. {@code resilience.wrappedIn(observation)}.
	 * @param outer the decorator to apply around this one
	 * @return the combined decorator
	 */
	default VoucherifyOperationDecorator wrappedIn(VoucherifyOperationDecorator outer) {
		VoucherifyOperationDecorator inner = this;
		return new VoucherifyOperationDecorator() {

			@Override
			public <T> Mono<T> decorate(VoucherifyOperation operation, Mono<T> call) {
				return outer.decorate(operation, inner.decorate(operation, call));
			}

			@Override
			public String toString() {
				return inner + " inside " + outer;
			}

		};
	}

}
