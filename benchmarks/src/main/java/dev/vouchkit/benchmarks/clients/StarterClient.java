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
 * {@link VouchersOperations} from a Spring Boot context, with retry, circuit breaker,
 * the {@code voucherify.client.operation} observation and Boot's
 * {@code http.client.requests} observation, both recorded into a real
 * {@code SimpleMeterRegistry}.
 */
public final class StarterClient implements ClientUnderTest {

	private final ConfigurableApplicationContext context;

	private final VouchersOperations vouchers;

	public StarterClient(String baseUrl) {
		this.context = BenchmarkApplication.start(baseUrl, Map.of());
		this.vouchers = this.context.getBean(VouchersOperations.class);
	}

	@Override
	public void checkDecodesGiftCard() {
		Voucher voucher = this.vouchers.blocking().getVoucher(GiftCardServer.GIFT_CARD_CODE);
		GiftCardCheck.require(GiftCardCheck.isGiftCard(voucher), voucher);
		// The observations must really be recorded, or (b) would be measured without them.
		if (observations("voucherify.client.operation") == 0) {
			throw new IllegalStateException("No voucherify.client.operation timer in " + meterRegistry()
					+ ": observation is not on; meters: " + meterRegistry().getMeters().size());
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
