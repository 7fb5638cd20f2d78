package dev.vouchkit.voucherify.observation;

import io.micrometer.common.docs.KeyName;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;
import io.micrometer.observation.docs.ObservationDocumentation;

/**
 * The observation of one logical Voucherify operation, spanning all of its attempts. Each
 * attempt is also observed by WebClient as {@code http.client.requests}, as a child of
 * this one.
 */
public enum VoucherifyObservationDocumentation implements ObservationDocumentation {

	/**
	 * One call of a {@code VouchersOperations} method, retries included; for an await, all
	 * of its polls, each observed as a call of its own inside it.
	 */
	CLIENT_OPERATION {

		@Override
		public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
			return DefaultVoucherifyObservationConvention.class;
		}

		@Override
		public KeyName[] getLowCardinalityKeyNames() {
			return LowCardinalityKeyNames.values();
		}

		@Override
		public KeyName[] getHighCardinalityKeyNames() {
			return HighCardinalityKeyNames.values();
		}

	};

	/**
	 * Keys with a small, fixed set of values: safe as metric tags. Voucher codes, session
	 * keys and credentials never appear in any key.
	 */
	public enum LowCardinalityKeyNames implements KeyName {

		/** The operation's stable key, e.g. {@code vouchers.balance.update}. */
		OPERATION {
			@Override
			public String asString() {
				return "voucherify.operation";
			}
		},

		/**
		 * How the call ended: {@code SUCCESS}, {@code REDIRECTION}, {@code CLIENT_ERROR}, {@code RATE_LIMITED},
		 * {@code SERVER_ERROR}, {@code TIMEOUT}, {@code TRANSPORT_ERROR},
		 * {@code INVALID_RESPONSE}, {@code CIRCUIT_OPEN}, {@code CLIENT_RATE_LIMITED},
		 * {@code JOB_FAILED} (an export that ended {@code ERROR}), {@code NOT_APPLIED} (a
		 * balance update found not applied), {@code CANCELLED} or {@code UNKNOWN}. An await
		 * that reached its deadline is a {@code TIMEOUT}.
		 */
		OUTCOME {
			@Override
			public String asString() {
				return "outcome";
			}
		},

		/**
		 * HTTP status of the last attempt: the code of an error reply, {@code 2xx} on
		 * success, {@code none} when no reply arrived.
		 */
		STATUS {
			@Override
			public String asString() {
				return "status";
			}
		},

		/**
		 * Voucherify's error {@code key} (e.g. {@code not_found}), else the simple name of
		 * the exception, else {@code none}.
		 */
		ERROR {
			@Override
			public String asString() {
				return "voucherify.error";
			}
		},

		/**
		 * How a balance update whose reply was lost was settled from the voucher's
		 * transactions: {@code applied}, {@code not_applied}, {@code unknown} or
		 * {@code duplicate}; {@code none} when no reconciliation was needed.
		 */
		RECONCILIATION {
			@Override
			public String asString() {
				return "voucherify.reconciliation";
			}
		}

	}

	/** Keys whose values differ per call: traces only. */
	public enum HighCardinalityKeyNames implements KeyName {

		/** Voucherify's request id from an error reply, for support requests. */
		REQUEST_ID {
			@Override
			public String asString() {
				return "voucherify.request.id";
			}
		}

	}

}
