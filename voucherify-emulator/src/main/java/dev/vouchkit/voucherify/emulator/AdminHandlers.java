package dev.vouchkit.voucherify.emulator;

import java.time.Duration;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The control plane under {@code /_emulator}: no app keys, never journaled, never faulted. It
 * mirrors the Java API so tests in other languages (and the standalone jar) can drive the
 * emulator.
 */
final class AdminHandlers {

	private final VoucherifyEmulator emulator;

	private final EmulatorState state;

	AdminHandlers(VoucherifyEmulator emulator, EmulatorState state) {
		this.emulator = emulator;
		this.state = state;
	}

	void register(Router router) {
		String prefix = "/" + Dispatcher.ADMIN_PREFIX;
		router.add("GET", prefix + "/health", null, (ex) -> Mono.just(Reply.json(200, Json.object().put("status", "UP"))))
			.add("POST", prefix + "/reset", null, (ex) -> Mono.fromCallable(() -> {
				this.emulator.reset();
				return Reply.noContent();
			}))
			.add("POST", prefix + "/seed", null, this::seed)
			.add("GET", prefix + "/vouchers/{code}", null, this::inspectVoucher)
			.add("POST", prefix + "/vouchers/{code}/sessions", null, this::openSession)
			.add("GET", prefix + "/journal", null, this::journal)
			.add("DELETE", prefix + "/journal", null, (ex) -> Mono.fromCallable(() -> {
				this.emulator.journal().clear();
				return Reply.noContent();
			}))
			.add("POST", prefix + "/jobs", null, this::scriptJobs)
			.add("POST", prefix + "/faults", null, this::addFaults)
			.add("DELETE", prefix + "/faults", null, (ex) -> Mono.fromCallable(() -> {
				this.emulator.faults().clear();
				return Reply.noContent();
			}));
	}

	private Mono<Reply> seed(Exchange exchange) {
		return exchange.jsonBody().map((body) -> {
			Seeds.Result result = Seeds.apply(this.state, body);
			ObjectNode reply = Json.object();
			reply.put("vouchers", result.vouchers());
			reply.put("sessions", result.sessions());
			return Reply.json(200, reply);
		});
	}

	/** {@code state} is LIVE, IN_BIN or ABSENT; live vouchers come with their transactions. */
	private Mono<Reply> inspectVoucher(Exchange exchange) {
		return Mono.fromCallable(() -> this.state.locked(() -> {
			String code = exchange.path("code");
			StoredVoucher voucher = this.state.findOrNull(code);
			ObjectNode reply = Json.object();
			reply.put("state", voucher != null ? "LIVE" : this.state.isInBin(code) ? "IN_BIN" : "ABSENT");
			if (voucher != null) {
				reply.set("voucher", VoucherJson.full(voucher));
				ArrayNode transactions = reply.putArray("transactions");
				for (int i = voucher.transactions.size() - 1; i >= 0; i--) {
					transactions.add(VoucherJson.transaction(voucher, voucher.transactions.get(i)));
				}
				ArrayNode sessions = reply.putArray("sessions");
				voucher.sessions.forEach(sessions::add);
			}
			return Reply.json(200, reply);
		}));
	}

	private Mono<Reply> openSession(Exchange exchange) {
		return exchange.jsonBody().map((body) -> {
			String key = this.state.openSession(exchange.path("code"), body.isObject() ? Json.text(body, "key") : null);
			return Reply.json(201, Json.object().put("key", key));
		});
	}

	private Mono<Reply> journal(Exchange exchange) {
		return Mono.fromCallable(() -> {
			RequestJournal journal = this.emulator.journal();
			ObjectNode reply = Json.object();
			ObjectNode counts = reply.putObject("counts");
			journal.counts().forEach((operation, count) -> counts.put(operation.name(), count));
			ArrayNode entries = reply.putArray("entries");
			for (RequestJournal.Entry entry : journal.entries()) {
				ObjectNode json = entries.addObject();
				json.put("at", Json.timestamp(entry.at()));
				json.put("operation", entry.operation().name());
				json.put("method", entry.method());
				json.put("path", entry.rawPathAndQuery());
				ObjectNode headers = json.putObject("headers");
				entry.headers().forEach(headers::put);
				json.put("status", entry.status());
				json.put("fault", entry.fault());
			}
			return Reply.json(200, reply);
		});
	}

	/** Body, every field optional: {@code {"duration_ms":1000, "fail_next_import":"reason", "fail_next_export":true}}. */
	private Mono<Reply> scriptJobs(Exchange exchange) {
		return exchange.jsonBody().map((body) -> {
			JsonNode duration = body.path("duration_ms");
			if (!duration.isMissingNode() && (!duration.isIntegralNumber() || duration.asLong() < 0)) {
				throw ErrorReply.invalidPayload("Property .duration_ms should be a non-negative integer");
			}
			if (!duration.isMissingNode()) {
				this.emulator.jobDuration(Duration.ofMillis(duration.asLong()));
			}
			String importFailure = Json.text(body, "fail_next_import");
			if (importFailure != null) {
				this.emulator.failNextImport(importFailure);
			}
			if (body.path("fail_next_export").asBoolean(false)) {
				this.emulator.failNextExport();
			}
			return Reply.noContent();
		});
	}

	/**
	 * Body: {@code {"operation":"GET_VOUCHER", "latency_ms":200, "faults":[{"status":503,
	 * "body":{...}, "retry_after":2}, {"reset":"BEFORE_READ"}, {"reset":"AFTER_APPLY"},
	 * {"applied":"NOW", "then":502}, {"applied":"NEVER", "then":"RESET"},
	 * {"applied":"LATER", "apply_after_ms":500, "then":"NO_REPLY"}]}}.
	 */
	private Mono<Reply> addFaults(Exchange exchange) {
		return exchange.jsonBody().map((body) -> {
			Operation operation;
			try {
				operation = Operation.named(body.path("operation").asString(""));
			}
			catch (IllegalArgumentException ex) {
				throw ErrorReply.invalidPayload("Property ." + ex.getMessage());
			}
			FaultInjector faults = this.emulator.faults();
			if (body.has("latency_ms")) {
				faults.latency(operation, Duration.ofMillis(body.get("latency_ms").asLong()));
			}
			for (JsonNode fault : body.path("faults")) {
				faults.enqueue(operation, fault(fault));
			}
			return Reply.noContent();
		});
	}

	private static Fault fault(JsonNode json) {
		String applied = Json.text(json, "applied");
		if (applied != null) {
			return lostReply(json, applied);
		}
		String reset = Json.text(json, "reset");
		if (reset != null) {
			return switch (reset) {
				case "BEFORE_READ" -> Fault.resetBeforeRead();
				case "AFTER_APPLY" -> Fault.resetAfterApply();
				default -> throw ErrorReply.invalidPayload("Property .reset should be BEFORE_READ or AFTER_APPLY");
			};
		}
		if (!json.path("status").isIntegralNumber()) {
			throw ErrorReply.invalidPayload("A fault needs an integer 'status' or a 'reset'");
		}
		JsonNode body = json.get("body");
		String text = (body == null || body.isNull()) ? null : body.isString() ? body.asString() : body.toString();
		Duration retryAfter = json.hasNonNull("retry_after") ? Duration.ofSeconds(json.get("retry_after").asLong()) : null;
		try {
			return Fault.reply(json.get("status").asInt(), text, retryAfter);
		}
		catch (IllegalArgumentException ex) {
			throw ErrorReply.invalidPayload(ex.getMessage());
		}
	}

	private static Fault lostReply(JsonNode json, String applied) {
		Fault.LostReply.Builder builder = switch (applied) {
			case "NOW" -> Fault.applied();
			case "NEVER" -> Fault.notApplied();
			case "LATER" -> {
				if (!json.path("apply_after_ms").isIntegralNumber() || json.get("apply_after_ms").asLong() <= 0) {
					throw ErrorReply.invalidPayload("Property .apply_after_ms should be a positive integer");
				}
				yield Fault.appliedAfter(Duration.ofMillis(json.get("apply_after_ms").asLong()));
			}
			default -> throw ErrorReply.invalidPayload("Property .applied should be NOW, NEVER or LATER");
		};
		JsonNode then = json.path("then");
		if (then.isIntegralNumber()) {
			try {
				return builder.thenStatus(then.asInt());
			}
			catch (IllegalArgumentException ex) {
				throw ErrorReply.invalidPayload(ex.getMessage());
			}
		}
		return switch (then.asString("")) {
			case "RESET" -> builder.thenReset();
			case "NO_REPLY" -> builder.thenNoReply();
			default -> throw ErrorReply.invalidPayload("Property .then should be RESET, NO_REPLY or an HTTP status");
		};
	}

}
