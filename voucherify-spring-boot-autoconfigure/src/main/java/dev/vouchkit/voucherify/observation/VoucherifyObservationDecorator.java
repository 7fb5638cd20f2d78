package dev.vouchkit.voucherify.observation;

import java.util.concurrent.atomic.AtomicBoolean;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

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
		return Mono.deferContextual((view) -> {
			VoucherifyObservationContext context = new VoucherifyObservationContext(operation);
			Observation parent = view.getOrDefault(ObservationThreadLocalAccessor.KEY,
					this.registry.getCurrentObservation());
			Observation observation = VoucherifyObservationDocumentation.CLIENT_OPERATION
				.observation(this.customConvention, DEFAULT_CONVENTION, () -> context, this.registry)
				.parentObservation(parent)
				.start();
			AtomicBoolean stopped = new AtomicBoolean();
			Runnable stop = () -> {
				if (stopped.compareAndSet(false, true)) {
					observation.stop();
				}
			};
			// Stopped before the caller sees the end (on the terminal signal, not doFinally), so whoever
			// reacts to the end of the call finds the observation already recorded.
			return call.doOnEach((signal) -> {
				if (signal.isOnNext()) {
					// The body, also for calls made through withResponse()
					context.setResponse((signal.get() instanceof VoucherifyResponse<?> response) ? response.body()
							: signal.get());
				}
				else if (signal.isOnError()) {
					observation.error(signal.getThrowable());
					stop.run();
				}
				else if (signal.isOnComplete()) {
					stop.run();
				}
			}).doOnCancel(() -> {
					// A caller taking the reply and cancelling the rest got what it asked for.
					context.setCancelled(context.getResponse() == null);
					stop.run();
				})
				.contextWrite((reactorContext) -> reactorContext.put(ObservationThreadLocalAccessor.KEY, observation));
		});
	}

	@Override
	public String toString() {
		return "VoucherifyObservationDecorator[convention="
				+ ((this.customConvention != null) ? this.customConvention : DEFAULT_CONVENTION).getName() + "]";
	}

}
