package dev.vouchkit.benchmarks.clients;

import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.web.reactive.function.client.WebClient;

import dev.vouchkit.benchmarks.boot.BenchmarkApplication;
import dev.vouchkit.benchmarks.load.LoadDriver;
import dev.vouchkit.benchmarks.load.ReactiveLoadDriver;
import dev.vouchkit.benchmarks.server.GiftCardServer;
import dev.vouchkit.voucherify.VoucherifyOperationDecorator;
import dev.vouchkit.voucherify.VouchersTemplate;
import dev.vouchkit.voucherify.model.Voucher;
import dev.vouchkit.voucherify.observation.VoucherifyObservationDecorator;
import dev.vouchkit.voucherify.resilience.VoucherifyResilienceDecorator;

/**
 * {@link VouchersTemplate} built by hand with one more of the starter's layers each, so
 * that the gap between (a) and (b) can be split into its parts, all through public API
 * and without a Spring context:
 * <ol>
 * <li>{@code b1}: the template alone (its headers, credentials connector, per-call
 * response timeout, error mapping);</li>
 * <li>{@code b2}: plus the resilience decorator as auto-configured (retry, circuit
 * breaker);</li>
 * <li>{@code b3}: plus the {@code voucherify.client.operation} observation into a
 * {@code SimpleMeterRegistry};</li>
 * <li>{@code b4}: plus WebClient's own {@code http.client.requests} observation of each
 * attempt, which the starter keeps from Boot's {@code WebClient.Builder} only with
 * {@code voucherify.observation.http-client-requests=true}.</li>
 * </ol>
 */
public final class StarterLayersClient implements ClientUnderTest {

	/** The layers, each including the ones before it. */
	public enum Layer {

		TEMPLATE("b1", "VouchersTemplate, no decorator"),

		RESILIENCE("b2", "b1 + retry and circuit breaker"),

		OPERATION_OBSERVATION("b3", "b2 + voucherify.client.operation observation"),

		HTTP_OBSERVATION("b4", "b3 + WebClient http.client.requests observation");

		private final String label;

		private final String title;

		Layer(String label, String title) {
			this.label = label;
			this.title = title;
		}

		public String label() {
			return this.label;
		}

		public String title() {
			return this.title;
		}

	}

	private final VouchersTemplate vouchers;

	private final MeterRegistry meterRegistry = new SimpleMeterRegistry();

	public StarterLayersClient(String baseUrl, String layerName) {
		Layer layer = Layer.valueOf(layerName);
		ObservationRegistry observationRegistry = ObservationRegistry.create();
		observationRegistry.observationConfig()
			.observationHandler(new DefaultMeterObservationHandler(this.meterRegistry));
		WebClient.Builder webClient = WebClient.builder();
		if (layer.compareTo(Layer.HTTP_OBSERVATION) >= 0) {
			webClient.observationRegistry(observationRegistry);
		}
		VoucherifyOperationDecorator decorator = VoucherifyOperationDecorator.NONE;
		if (layer.compareTo(Layer.RESILIENCE) >= 0) {
			decorator = VoucherifyResilienceDecorator.builder().build();
		}
		if (layer.compareTo(Layer.OPERATION_OBSERVATION) >= 0) {
			decorator = decorator.wrappedIn(new VoucherifyObservationDecorator(observationRegistry, null));
		}
		this.vouchers = VouchersTemplate.builder()
			.baseUrl(baseUrl)
			.appId(BenchmarkApplication.APP_ID)
			.appToken(BenchmarkApplication.APP_TOKEN)
			.webClientBuilder(webClient)
			.decorator(decorator)
			.build();
	}

	@Override
	public void checkDecodesGiftCard() {
		Voucher voucher = this.vouchers.blocking().getVoucher(GiftCardServer.GIFT_CARD_CODE);
		GiftCardCheck.require(GiftCardCheck.isGiftCard(voucher), voucher);
	}

	@Override
	public LoadDriver driver() {
		return new ReactiveLoadDriver<>(() -> this.vouchers.getVoucher(GiftCardServer.GIFT_CARD_CODE),
				GiftCardCheck::isGiftCard);
	}

	@Override
	public Map<String, Object> facts() {
		return Map.of("meters", this.meterRegistry.getMeters().size());
	}

	@Override
	public void close() {
	}

}
