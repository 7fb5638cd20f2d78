package dev.vouchkit.voucherify.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names and tags the observation of a Voucherify operation. Declare a bean of this type to
 * replace {@link DefaultVoucherifyObservationConvention}, typically by extending it.
 */
public interface VoucherifyObservationConvention extends ObservationConvention<VoucherifyObservationContext> {

	@Override
	default boolean supportsContext(Observation.Context context) {
		return context instanceof VoucherifyObservationContext;
	}

}
