package dev.vouchkit.voucherify.emulator;

import reactor.core.publisher.Mono;

/** Releasing validation sessions (opened through seeding: the Java API or the admin endpoint). */
final class SessionHandlers {

	private final EmulatorState state;

	SessionHandlers(EmulatorState state) {
		this.state = state;
	}

	void register(Router router) {
		router.add("DELETE", "/v1/vouchers/{code}/sessions/{sessionKey}", Operation.RELEASE_VALIDATION_SESSION, this::release);
	}

	private Mono<Reply> release(Exchange exchange) {
		return Mono.fromCallable(() -> this.state.locked(() -> {
			StoredVoucher voucher = this.state.find(exchange.path("code"));
			String key = exchange.path("sessionKey");
			if (!voucher.sessions.remove(key)) {
				throw ErrorReply.notFound("session", key);
			}
			return Reply.noContent();
		}));
	}

}
