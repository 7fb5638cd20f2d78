package dev.vouchkit.benchmarks.clients;

import java.util.LinkedHashMap;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.context.ConfigurableApplicationContext;

import dev.vouchkit.benchmarks.boot.BenchmarkApplication;
import dev.vouchkit.benchmarks.load.LoadDriver;
import dev.vouchkit.benchmarks.load.ReactiveLoadDriver;
import dev.vouchkit.benchmarks.server.GiftCardServer;
import dev.vouchkit.voucherify.VoucherifyOperation;
import dev.vouchkit.voucherify.VouchersOperations;
import dev.vouchkit.voucherify.model.Voucher;
import dev.vouchkit.voucherify.resilience.VoucherifyResilienceDecorator;

/**
 * (b) The starter as an application gets it: the auto-configured
 * {@link VouchersOperations} from a Spring Boot context with Actuator and its defaults,
 * with retry, circuit breaker and the {@code voucherify.client.operation} observation
 * recorded into a real {@code SimpleMeterRegistry}; or one of its {@link Variant}s.
 */
public final class StarterClient implements ClientUnderTest {

	/** What differs from the starter as an application gets it. */
	public enum Variant {

		/** Nothing: Actuator's and the starter's defaults. */
		ACTUATOR_DEFAULTS(Map.of()),

		/**
		 * No observation registry at all (nor WebClient's observation customizer, which
		 * needs one), so neither the client's nor WebClient's observations are made: the
		 * floor of the starter's own layers.
		 */
		OBSERVATION_OFF(Map.of("spring.autoconfigure.exclude", OBSERVATION_AUTO_CONFIGURATIONS));

		private final Map<String, Object> properties;

		Variant(Map<String, Object> properties) {
			this.properties = properties;
		}

	}

	private static final String OBSERVATION_AUTO_CONFIGURATIONS = "org.springframework.boot.micrometer.observation."
			+ "autoconfigure.ObservationAutoConfiguration,"
			+ "org.springframework.boot.webclient.autoconfigure.WebClientObservationAutoConfiguration";

	private final Variant variant;

	private final ConfigurableApplicationContext context;

	private final VouchersOperations vouchers;

	public StarterClient(String baseUrl, String variant) {
		this.variant = Variant.valueOf(variant);
		this.context = BenchmarkApplication.start(baseUrl, this.variant.properties);
		this.vouchers = this.context.getBean(VouchersOperations.class);
	}

	@Override
	public void checkDecodesGiftCard() {
		Voucher voucher = this.vouchers.blocking().getVoucher(GiftCardServer.GIFT_CARD_CODE);
		GiftCardCheck.require(GiftCardCheck.isGiftCard(voucher), voucher);
		// The client is measured as it says: observed, or not at all.
		boolean observed = observations("voucherify.client.operation") > 0;
		if (observed != (this.variant != Variant.OBSERVATION_OFF)) {
			throw new IllegalStateException(this.variant + ": voucherify.client.operation observed " + observed + " in "
					+ meterRegistry() + ", meters: " + meterRegistry().getMeters().size());
		}
		// Each attempt is not observed again by default (voucherify.observation.http-client-requests).
		if (observations("http.client.requests") > 0) {
			throw new IllegalStateException(this.variant + ": http.client.requests observed");
		}
	}

	@Override
	public LoadDriver driver() {
		return new ReactiveLoadDriver<>(() -> this.vouchers.getVoucher(GiftCardServer.GIFT_CARD_CODE),
				GiftCardCheck::isGiftCard);
	}

	@Override
	public Map<String, Object> facts() {
		VoucherifyResilienceDecorator resilience = this.context.getBean(VoucherifyResilienceDecorator.class);
		Map<String, Object> facts = new LinkedHashMap<>();
		facts.put("variant", this.variant);
		facts.put("meterRegistry", meterRegistry().getClass().getSimpleName());
		facts.put("voucherify.client.operation observations", observations("voucherify.client.operation"));
		facts.put("http.client.requests observations", observations("http.client.requests"));
		facts.put("retry max attempts",
				resilience.getRetry(VoucherifyOperation.GET_VOUCHER).getRetryConfig().getMaxAttempts());
		facts.put("circuit breaker", resilience.getCircuitBreaker(VoucherifyOperation.GET_VOUCHER).getName() + " "
				+ resilience.getCircuitBreaker(VoucherifyOperation.GET_VOUCHER).getState());
		return facts;
	}

	private MeterRegistry meterRegistry() {
		return this.context.getBean(MeterRegistry.class);
	}

	/** Calls recorded by the timers of an observation, over all their tags. */
	private long observations(String name) {
		return meterRegistry().find(name).timers().stream().mapToLong(Timer::count).sum();
	}

	@Override
	public void close() {
		this.context.close();
	}

}
