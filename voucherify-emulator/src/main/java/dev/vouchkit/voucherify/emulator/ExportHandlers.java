package dev.vouchkit.voucherify.emulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Transaction exports. Creating answers SCHEDULED; reads of {@code /v1/exports/{id}} then show
 * IN_PROGRESS and DONE with {@code result.url} over the {@linkplain Jobs job duration}, or ERROR
 * when scripted so. The file is written when the export is first read after it finished, and
 * served by the emulator's separate download listener, standing in for the API's download host:
 * {@code /v1/exports/{id}?token=...}, the token checked, no app keys needed.
 */
final class ExportHandlers {

	static final List<String> FIELDS = List.of("id", "type", "source_id", "reason", "balance", "amount", "created_at",
			"voucher_id", "campaign_id", "source", "details", "related_transaction_id");

	private final EmulatorState state;

	private final Jobs jobs;

	private final Supplier<String> downloadBaseUrl;

	ExportHandlers(EmulatorState state, Jobs jobs, Supplier<String> downloadBaseUrl) {
		this.state = state;
		this.jobs = jobs;
		this.downloadBaseUrl = downloadBaseUrl;
	}

	void register(Router api) {
		api.add("POST", "/v1/vouchers/{code}/transactions/export", Operation.EXPORT_VOUCHER_TRANSACTIONS, this::create)
			.add("GET", "/v1/exports/{id}", Operation.GET_EXPORT, this::get);
	}

	void registerDownload(Router download) {
		download.add("GET", "/v1/exports/{id}", Operation.DOWNLOAD_EXPORT, this::download);
	}

	private Mono<Reply> create(Exchange exchange) {
		return exchange.jsonBody().map((body) -> {
			ObjectNode parameters = parameters(body);
			return Reply.json(200, this.state.locked(() -> {
				StoredVoucher voucher = this.state.find(exchange.path("code"));
				parameters.putObject("filters")
					.putObject("voucher_id")
					.putObject("conditions")
					.putArray("$in")
					.add(voucher.code);
				Instant now = this.state.now();
				JobTimeline timeline = new JobTimeline(now, this.jobs.duration(), this.jobs.takeExportFailure());
				EmulatorState.ExportJob job = new EmulatorState.ExportJob(Ids.export(), timeline, voucher.code,
						parameters);
				this.state.exports.put(job.id, job);
				// A new export is always SCHEDULED, however short its duration.
				return json(job, "SCHEDULED", false);
			}));
		});
	}

	private static ObjectNode parameters(JsonNode body) {
		ObjectNode parameters = Json.object();
		if (body.isMissingNode() || body.isNull()) {
			return parameters;
		}
		JsonNode given = body.path("parameters");
		if (!body.isObject() || (!given.isMissingNode() && !given.isObject())) {
			throw ErrorReply.invalidPayload("Property .parameters should be object");
		}
		String order = Json.text(given, "order");
		if (order != null) {
			if (!order.equals("created_at") && !order.equals("-created_at")) {
				throw ErrorReply.invalidExportParams("Property .parameters.order should be equal to one of the allowed values: -created_at, created_at");
			}
			parameters.put("order", order);
		}
		JsonNode fields = given.get("fields");
		if (fields != null && !fields.isNull()) {
			ArrayNode copy = parameters.putArray("fields");
			for (JsonNode field : fields) {
				if (!field.isString() || !FIELDS.contains(field.asString())) {
					throw ErrorReply.invalidExportParams("Property .parameters.fields should be equal to one of the allowed values: "
							+ String.join(", ", FIELDS));
				}
				copy.add(field.asString());
			}
		}
		return parameters;
	}

	private Mono<Reply> get(Exchange exchange) {
		return Mono.fromCallable(() -> Reply.json(200, this.state.locked(() -> {
			EmulatorState.ExportJob job = this.state.exports.get(exchange.path("id"));
			if (job == null) {
				throw ErrorReply.notFound("export", exchange.path("id"));
			}
			Instant now = this.state.now();
			JobTimeline.Phase phase = job.timeline.phase(now);
			if (phase != JobTimeline.Phase.FINISHED) {
				return json(job, (phase == JobTimeline.Phase.QUEUED) ? "SCHEDULED" : "IN_PROGRESS", false);
			}
			if (job.timeline.fails()) {
				return json(job, "ERROR", false);
			}
			if (job.csv == null) {
				job.csv = csv(job);
			}
			return json(job, "DONE", true);
		})));
	}

	private Mono<Reply> download(Exchange exchange) {
		return Mono.fromCallable(() -> this.state.locked(() -> {
			EmulatorState.ExportJob job = this.state.exports.get(exchange.path("id"));
			if (job == null || job.csv == null) {
				throw ErrorReply.notFound("export", exchange.path("id"));
			}
			if (!job.token.equals(exchange.query().first("token"))) {
				throw ErrorReply.forbidden("The download token is missing or does not match this export");
			}
			return Reply.raw(200, "text/csv; charset=utf-8", job.csv);
		}));
	}

	private ObjectNode json(EmulatorState.ExportJob job, String status, boolean withFile) {
		ObjectNode json = Json.object();
		json.put("id", job.id);
		json.put("object", "export");
		Json.putTimestamp(json, "created_at", job.timeline.createdAt());
		json.put("status", status);
		json.put("channel", "API");
		json.put("exported_object", "voucher_transactions");
		json.set("parameters", job.parameters.deepCopy());
		if (withFile) {
			json.putObject("result").put("url", this.downloadBaseUrl.get() + "/v1/exports/" + job.id + "?token=" + job.token);
		}
		else {
			json.putNull("result");
		}
		json.putNull("user_id");
		return json;
	}

	/** The file as of completion, with the requested columns in the requested order. */
	private String csv(EmulatorState.ExportJob job) {
		List<String> fields = new ArrayList<>();
		job.parameters.path("fields").forEach((field) -> fields.add(field.asString()));
		if (fields.isEmpty()) {
			fields.addAll(FIELDS);
		}
		List<List<String>> rows = new ArrayList<>();
		rows.add(fields);
		StoredVoucher voucher = this.state.findOrNull(job.voucherCode);
		if (voucher == null) {
			return Csv.write(rows);
		}
		List<StoredVoucher.Transaction> transactions = new ArrayList<>(voucher.transactions);
		if (!"created_at".equals(job.parameters.path("order").asString("-created_at"))) {
			java.util.Collections.reverse(transactions);
		}
		for (StoredVoucher.Transaction tx : transactions) {
			ObjectNode row = VoucherJson.transaction(voucher, tx);
			List<String> values = new ArrayList<>();
			for (String field : fields) {
				JsonNode value = switch (field) {
					case "balance" -> row.path("details").path("balance").path("balance");
					case "amount" -> Json.MAPPER.getNodeFactory().numberNode(tx.amount());
					default -> row.path(field);
				};
				values.add(value.isMissingNode() || value.isNull() ? null
						: value.isContainer() ? Json.MAPPER.writeValueAsString(value) : value.asString());
			}
			rows.add(values);
		}
		return Csv.write(rows);
	}

}
