package dev.vouchkit.voucherify.observation;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Subscription;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoOperator;
import reactor.util.context.Context;

import org.springframework.util.Assert;

import dev.vouchkit.voucherify.VoucherifyOperation;
import dev.vouchkit.voucherify.VoucherifyOperationDecorator;
import dev.vouchkit.voucherify.VoucherifyResponse;

/**
 * Observes each logical Voucherify operation as one {@code voucherify.client.operation}
 * observation spanning all its attempts. Apply it outermost (after the resilience
 * decorator, with {@code resilience.wrappedIn(observation)}), so the observation sees the
 * final outcome and its duration includes the backoff.
 * <p>
 * The parent is the caller's observation from the Reactor context (key
 * {@link ObservationThreadLocalAccessor#KEY}), else the registry's current one (a blocking
 * caller). The observation is put into the context of the call so that WebClient's
 * {@code http.client.requests} observations of each attempt become its children.
 */
public final class VoucherifyObservationDecorator implements VoucherifyOperationDecorator {

	private static final DefaultVoucherifyObservationConvention DEFAULT_CONVENTION = new DefaultVoucherifyObservationConvention();

	private final ObservationRegistry registry;

	private final @Nullable VoucherifyObservationConvention customConvention;

	/**
	 * Creates a decorator.
	 * @param registry where observations go
	 * @param customConvention a convention replacing the default, or {@code null}
	 */
	public VoucherifyObservationDecorator(ObservationRegistry registry,
			@Nullable VoucherifyObservationConvention customConvention) {
		Assert.notNull(registry, "registry must not be null");
		this.registry = registry;
		this.customConvention = customConvention;
	}

	@Override
	public <T> Mono<T> decorate(VoucherifyOperation operation, Mono<T> call) {
		if (this.registry.isNoop()) {
			return call;
		}
		return new ObservedCall<>(call, operation);
	}

	/**
	 * The call with its observation: started on subscription, stopped once on the first of
	 * completion, error or cancellation. One operator and one subscriber per call, where
	 * {@code deferContextual}, {@code doOnEach}, {@code doOnCancel} and
	 * {@code contextWrite} would take four of each plus their lambdas; Reactor's
	 * {@code tap} would restore thread locals around every signal once
	 * context-propagation is on the classpath.
	 */
	private final class ObservedCall<T> extends MonoOperator<T, T> {

		private final VoucherifyOperation operation;

		ObservedCall(Mono<T> call, VoucherifyOperation operation) {
			super(call);
			this.operation = operation;
		}

		@Override
		public void subscribe(CoreSubscriber<? super T> actual) {
			Context callerContext = actual.currentContext();
			VoucherifyObservationContext context = new VoucherifyObservationContext(this.operation);
			Observation parent = callerContext.getOrDefault(ObservationThreadLocalAccessor.KEY, null);
			Observation observation = VoucherifyObservationDocumentation.CLIENT_OPERATION
				.observation(VoucherifyObservationDecorator.this.customConvention, DEFAULT_CONVENTION, () -> context,
						VoucherifyObservationDecorator.this.registry)
				.parentObservation((parent != null) ? parent
						: VoucherifyObservationDecorator.this.registry.getCurrentObservation())
				.start();
			// The observation in the call's context, so that each attempt's http.client.requests is its child.
			this.source.subscribe(new ObservingSubscriber<>(actual,
					callerContext.put(ObservationThreadLocalAccessor.KEY, observation), context, observation));
		}

	}

	private static final class ObservingSubscriber<T> implements CoreSubscriber<T>, Subscription {

		@SuppressWarnings("rawtypes")
		private static final AtomicIntegerFieldUpdater<ObservingSubscriber> STOPPED = AtomicIntegerFieldUpdater
			.newUpdater(ObservingSubscriber.class, "stopped");

		private final CoreSubscriber<? super T> actual;

		private final Context callContext;

		private final VoucherifyObservationContext context;

		private final Observation observation;

		private @Nullable Subscription upstream;

		private volatile int stopped;

		ObservingSubscriber(CoreSubscriber<? super T> actual, Context callContext,
				VoucherifyObservationContext context, Observation observation) {
			this.actual = actual;
			this.callContext = callContext;
			this.context = context;
			this.observation = observation;
		}

		@Override
		public Context currentContext() {
			return this.callContext;
		}

		@Override
		public void onSubscribe(Subscription subscription) {
			this.upstream = subscription;
			this.actual.onSubscribe(this);
		}

		// Stopped before the caller sees the end, so whoever reacts to the end of the call finds the
		// observation already recorded. A Mono's reply is its end: a blocking caller returns with it.
		@Override
		public void onNext(T reply) {
			// The body, also for calls made through withResponse()
			this.context.setResponse((reply instanceof VoucherifyResponse<?> response) ? response.body() : reply);
			if (stop()) {
				this.observation.stop();
			}
			this.actual.onNext(reply);
		}

		@Override
		public void onError(Throwable failure) {
			if (stop()) {
				this.observation.error(failure);
				this.observation.stop();
			}
			this.actual.onError(failure);
		}

		@Override
		public void onComplete() {
			if (stop()) {
				this.observation.stop();
			}
			this.actual.onComplete();
		}

		@Override
		public void request(long n) {
			Objects.requireNonNull(this.upstream).request(n);
		}

		@Override
		public void cancel() {
			// A caller taking the reply and cancelling the rest got what it asked for.
			this.context.setCancelled(this.context.getResponse() == null);
			if (stop()) {
				this.observation.stop();
			}
			Objects.requireNonNull(this.upstream).cancel();
		}

		private boolean stop() {
			return STOPPED.compareAndSet(this, 0, 1);
		}

	}

	@Override
	public String toString() {
		return "VoucherifyObservationDecorator[convention="
				+ ((this.customConvention != null) ? this.customConvention : DEFAULT_CONVENTION).getName() + "]";
	}

}
