package dev.vouchkit.voucherify.emulator;

import tools.jackson.databind.JsonNode;

/**
 * The seed format shared by the Java API, the admin endpoint, {@code --seed=} and the Spring
 * property: {@code {"vouchers":[<voucher JSON>...], "sessions":[{"voucher":"CODE","key":"ssn_1"}]}},
 * or just an array of vouchers. Voucher entries take the create-voucher body or a whole voucher
 * object as the API prints it.
 */
final class Seeds {

	record Result(int vouchers, int sessions) {
	}

	private Seeds() {
	}

	static Result apply(EmulatorState state, JsonNode seed) {
		JsonNode vouchers = seed.isArray() ? seed : seed.path("vouchers");
		JsonNode sessions = seed.isArray() ? Json.array() : seed.path("sessions");
		if (!seed.isArray() && !seed.isObject()) {
			throw ErrorReply.invalidPayload("A seed is an object with \"vouchers\" and \"sessions\", or an array of vouchers");
		}
		int voucherCount = 0;
		for (JsonNode voucher : vouchers) {
			addVoucher(state, voucher);
			voucherCount++;
		}
		int sessionCount = 0;
		for (JsonNode session : sessions) {
			String code = Json.text(session, "voucher");
			if (code == null) {
				throw ErrorReply.invalidPayload("Seed sessions need property 'voucher'");
			}
			state.openSession(code, Json.text(session, "key"));
			sessionCount++;
		}
		return new Result(voucherCount, sessionCount);
	}

	static StoredVoucher addVoucher(EmulatorState state, JsonNode json) {
		return state.add(VoucherJson.read(json, null, state, state.nextSequence(), state.now()));
	}

}
