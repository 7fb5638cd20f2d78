package dev.vouchkit.voucherify.observation;

import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import org.jspecify.annotations.Nullable;

import dev.vouchkit.voucherify.VoucherifyApiException;
import dev.vouchkit.voucherify.VoucherifyOperation;
import dev.vouchkit.voucherify.VoucherifyCircuitOpenException;
import dev.vouchkit.voucherify.VoucherifyBalanceNotAppliedException;
import dev.vouchkit.voucherify.VoucherifyClientRateLimitException;
import dev.vouchkit.voucherify.VoucherifyException;
import dev.vouchkit.voucherify.VoucherifyRateLimitException;
import dev.vouchkit.voucherify.VoucherifyRedirectException;
import dev.vouchkit.voucherify.VoucherifyResponseFormatException;
import dev.vouchkit.voucherify.VoucherifyExportFailedException;
import dev.vouchkit.voucherify.VoucherifyJobTimeoutException;
import dev.vouchkit.voucherify.VoucherifyResponseTimeoutException;
import dev.vouchkit.voucherify.VoucherifyServerException;
import dev.vouchkit.voucherify.VoucherifyTransportException;
import dev.vouchkit.voucherify.model.BalanceReconciliation;
import dev.vouchkit.voucherify.model.BalanceUpdateResponse;
import dev.vouchkit.voucherify.observation.VoucherifyObservationDocumentation.HighCardinalityKeyNames;
import dev.vouchkit.voucherify.observation.VoucherifyObservationDocumentation.LowCardinalityKeyNames;

/**
 * The default {@link VoucherifyObservationConvention}: the observation is named
 * {@value #NAME} and tagged as {@link VoucherifyObservationDocumentation} describes.
 */
public class DefaultVoucherifyObservationConvention implements VoucherifyObservationConvention {

	/** Name of the observation, and of the timer Micrometer derives from it. */
	public static final String NAME = "voucherify.client.operation";

	private static final String NONE = "none";

	/** Voucherify's error keys look like {@code not_found}; anything else is not trusted as a tag value. */
	private static final Pattern ERROR_KEY = Pattern.compile("[a-z0-9_]{1,64}");

	/** Built once: most calls succeed, and these are asked for at the start and end of each. */
	private static final Map<VoucherifyOperation, KeyValues> SUCCESS_KEY_VALUES = new EnumMap<>(
			VoucherifyOperation.class);

	private static final Map<VoucherifyOperation, String> CONTEXTUAL_NAMES = new EnumMap<>(VoucherifyOperation.class);

	static {
		for (VoucherifyOperation operation : VoucherifyOperation.values()) {
			SUCCESS_KEY_VALUES.put(operation,
					KeyValues.of(KeyValue.of(LowCardinalityKeyNames.OPERATION, operation.key()),
							KeyValue.of(LowCardinalityKeyNames.OUTCOME, "SUCCESS"),
							KeyValue.of(LowCardinalityKeyNames.STATUS, "2xx"),
							KeyValue.of(LowCardinalityKeyNames.ERROR, NONE),
							KeyValue.of(LowCardinalityKeyNames.RECONCILIATION, NONE)));
			CONTEXTUAL_NAMES.put(operation, "voucherify " + operation.key());
		}
	}

	@Override
	public String getName() {
		return NAME;
	}

	@Override
	public String getContextualName(VoucherifyObservationContext context) {
		return CONTEXTUAL_NAMES.get(context.getOperation());
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(VoucherifyObservationContext context) {
		Throwable error = context.getError();
		// The cached values only stand for this class: a subclass may override outcome, status or error.
		BalanceReconciliation reconciliation = reconciliation(context, error);
		if (error == null && !context.isCancelled() && reconciliation == null
				&& getClass() == DefaultVoucherifyObservationConvention.class) {
			return SUCCESS_KEY_VALUES.get(context.getOperation());
		}
		return KeyValues.of(KeyValue.of(LowCardinalityKeyNames.OPERATION, context.getOperation().key()),
				KeyValue.of(LowCardinalityKeyNames.OUTCOME, outcome(context, error)),
				KeyValue.of(LowCardinalityKeyNames.STATUS, status(context, error)),
				KeyValue.of(LowCardinalityKeyNames.ERROR, error(error)),
				KeyValue.of(LowCardinalityKeyNames.RECONCILIATION,
						(reconciliation != null) ? reconciliation.outcome().tagValue() : NONE));
	}

	/** What settled a balance update whose reply was lost, from its reply or its exception. */
	protected @Nullable BalanceReconciliation reconciliation(VoucherifyObservationContext context,
			@Nullable Throwable error) {
		if (error instanceof VoucherifyException voucherify) {
			return voucherify.getReconciliation();
		}
		return (context.getResponse() instanceof BalanceUpdateResponse reply) ? reply.reconciliation() : null;
	}

	@Override
	public KeyValues getHighCardinalityKeyValues(VoucherifyObservationContext context) {
		if (context.getError() instanceof VoucherifyApiException api && api.getRequestId() != null) {
			return KeyValues.of(KeyValue.of(HighCardinalityKeyNames.REQUEST_ID, api.getRequestId()));
		}
		return KeyValues.empty();
	}

	protected String outcome(VoucherifyObservationContext context, @Nullable Throwable error) {
		if (error == null) {
			return context.isCancelled() ? "CANCELLED" : "SUCCESS";
		}
		if (error instanceof VoucherifyRateLimitException) {
			return "RATE_LIMITED";
		}
		if (error instanceof VoucherifyBalanceNotAppliedException) {
			return "NOT_APPLIED";
		}
		if (error instanceof VoucherifyServerException) {
			return "SERVER_ERROR";
		}
		if (error instanceof VoucherifyRedirectException) {
			return "REDIRECTION";
		}
		if (error instanceof VoucherifyApiException) {
			return "CLIENT_ERROR";
		}
		if (error instanceof VoucherifyResponseTimeoutException || error instanceof VoucherifyJobTimeoutException) {
			return "TIMEOUT";
		}
		if (error instanceof VoucherifyExportFailedException) {
			return "JOB_FAILED";
		}
		if (error instanceof VoucherifyTransportException) {
			return "TRANSPORT_ERROR";
		}
		if (error instanceof VoucherifyResponseFormatException) {
			return "INVALID_RESPONSE";
		}
		if (error instanceof VoucherifyCircuitOpenException) {
			return "CIRCUIT_OPEN";
		}
		if (error instanceof VoucherifyClientRateLimitException) {
			return "CLIENT_RATE_LIMITED";
		}
		return "UNKNOWN";
	}

	protected String status(VoucherifyObservationContext context, @Nullable Throwable error) {
		if (error instanceof VoucherifyApiException api && api.getStatusCode() > 0) {
			return Integer.toString(api.getStatusCode());
		}
		if (error instanceof VoucherifyResponseFormatException format && format.getStatusCode() > 0) {
			return Integer.toString(format.getStatusCode());
		}
		return (error == null && !context.isCancelled()) ? "2xx" : NONE;
	}

	protected String error(@Nullable Throwable error) {
		if (error == null) {
			return NONE;
		}
		if (error instanceof VoucherifyApiException api && api.getKey() != null
				&& ERROR_KEY.matcher(api.getKey()).matches()) {
			return api.getKey();
		}
		return error.getClass().getSimpleName();
	}

}
