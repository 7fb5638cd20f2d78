package dev.vouchkit.voucherify.observation;

import java.util.function.Function;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.jspecify.annotations.Nullable;

import dev.vouchkit.voucherify.resilience.VoucherifyQuota;

/**
 * Gauges of the project's quota as the API last reported it:
 * {@code voucherify.quota.limit} and {@code voucherify.quota.remaining}, NaN until the
 * first reply with the headers. Voucherify counts the whole project, so every instance
 * reports the same numbers.
 */
public class VoucherifyQuotaMetrics implements MeterBinder {

	private final VoucherifyQuota quota;

	public VoucherifyQuotaMetrics(VoucherifyQuota quota) {
		this.quota = quota;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		gauge(registry, "voucherify.quota.limit", "Calls the project may make in the current period, as last reported",
				VoucherifyQuota.Report::limit);
		gauge(registry, "voucherify.quota.remaining", "Calls left to the project in the current period, as last reported",
				VoucherifyQuota.Report::remaining);
	}

	private void gauge(MeterRegistry registry, String name, String description,
			Function<VoucherifyQuota.Report, @Nullable Long> value) {
		Gauge.builder(name, this.quota,
				(quota) -> quota.lastReported().map(value).map(Long::doubleValue).orElse(Double.NaN))
			.description(description)
			.baseUnit("calls")
			.strongReference(true)
			.register(registry);
	}

}
