package dev.vouchkit.voucherify.emulator;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import io.netty.buffer.ByteBufInputStream;
import io.netty.handler.codec.http.multipart.HttpData;
import reactor.core.publisher.Mono;
import tools.jackson.databind.node.ObjectNode;

/**
 * importCSV and the async action that reports on it. The multipart body is decoded by Reactor
 * Netty as it arrives; parts above 64 KiB spill to a temporary file and no part may exceed the
 * gateway's 10 MiB, so memory stays bounded. The vouchers are applied before the 202 is sent;
 * the async action then goes ENQUEUED, IN_PROGRESS (with {@code progress}) and DONE over the
 * {@linkplain Jobs job duration}. An import scripted to fail applies nothing and ends FAILED.
 *
 * <p>
 * Spilled parts go to one directory per emulator, made on the first upload and removed on
 * {@link #close()}. Left to itself, Reactor Netty makes a new {@code RN_form_*} directory for
 * every form it decodes and never removes it.
 */
final class ImportHandlers implements AutoCloseable {

	private static final String MISSING_FILE = "Payload should have required property 'file'";

	private final EmulatorState state;

	private final Jobs jobs;

	private Path spillDirectory;

	ImportHandlers(EmulatorState state, Jobs jobs) {
		this.state = state;
		this.jobs = jobs;
	}

	void register(Router router) {
		router.add("POST", "/v1/vouchers/importCSV", Operation.IMPORT_VOUCHERS_USING_CSV, this::importCsv)
			.add("GET", "/v1/async-actions/{id}", Operation.GET_ASYNC_ACTION, this::getAsyncAction);
	}

	private Mono<Reply> importCsv(Exchange exchange) {
		if (!exchange.request().isMultipart()) {
			return Mono.error(ErrorReply.invalidPayload(MISSING_FILE));
		}
		Instant started = this.state.now();
		boolean scriptedToFail = this.jobs.importFailurePending();
		AtomicReference<ObjectNode> result = new AtomicReference<>();
		return exchange.request()
			.receiveForm((form) -> form.maxInMemorySize(64 * 1024)
				.maxSize(ErrorReply.MAX_PAYLOAD_BYTES)
				.baseDirectory(spillDirectory()))
			.doOnNext((part) -> {
				if ("file".equals(part.getName()) && result.get() == null) {
					if (scriptedToFail) {
						result.set(Json.object());
						return;
					}
					try (Reader reader = new InputStreamReader(open(part), StandardCharsets.UTF_8)) {
						result.set(new CsvVoucherImporter(this.state).run(reader));
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				}
			})
			.onErrorMap((ex) -> !(ex instanceof ErrorReply) && String.valueOf(ex.getMessage()).contains("exceed"),
					(ex) -> ErrorReply.payloadTooLarge())
			.then(Mono.fromCallable(() -> {
				if (result.get() == null) {
					throw ErrorReply.invalidPayload(MISSING_FILE);
				}
				String id = Ids.asyncAction();
				String failure = scriptedToFail ? this.jobs.takeImportFailure() : null;
				ObjectNode outcome = (failure != null) ? failedResult(failure) : result.get();
				JobTimeline timeline = new JobTimeline(started, this.jobs.duration(), failure != null);
				this.state.locked(() -> this.state.asyncActions.put(id,
						new EmulatorState.AsyncActionJob(id, exchange.requestId(), timeline, outcome)));
				ObjectNode body = Json.object();
				body.put("async_action_id", id);
				return Reply.json(202, body);
			}))
			// After a multipart body decoded by receiveForm, a kept-alive connection sometimes
			// stalls on the next request (seen under load); closing it makes clients reconnect.
			.onErrorResume((ex) -> Mono.just(Dispatcher.errorReply(ex, exchange.requestId())))
			.map((reply) -> reply.withHeader("Connection", "close"));
	}

	private synchronized Path spillDirectory() {
		if (this.spillDirectory == null) {
			try {
				this.spillDirectory = Files.createTempDirectory("voucherify-emulator-uploads-");
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return this.spillDirectory;
	}

	/** Removes the spill directory with anything an interrupted upload left in it. */
	@Override
	public synchronized void close() {
		if (this.spillDirectory == null) {
			return;
		}
		try (Stream<Path> paths = Files.walk(this.spillDirectory)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
			this.spillDirectory = null;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static InputStream open(HttpData part) throws IOException {
		return part.isInMemory() ? new ByteBufInputStream(part.getByteBuf()) : new FileInputStream(part.getFile());
	}

	private static ObjectNode failedResult(String reason) {
		ObjectNode result = Json.object();
		result.put("message", reason);
		result.putArray("failed");
		result.put("done_count", 0);
		result.put("failed_count", 0);
		return result;
	}

	/** The action as a read at {@code now} shows it; {@code result} only once it has finished. */
	private ObjectNode json(EmulatorState.AsyncActionJob job, Instant now) {
		JobTimeline timeline = job.timeline;
		JobTimeline.Phase phase = timeline.phase(now);
		boolean finished = phase == JobTimeline.Phase.FINISHED;
		ObjectNode action = Json.object();
		action.put("id", job.id);
		action.put("type", "VOUCHERS.IMPORT_CSV");
		action.put("status", switch (phase) {
			case QUEUED -> "ENQUEUED";
			case IN_PROGRESS -> "IN_PROGRESS";
			case FINISHED -> timeline.fails() ? "FAILED" : "DONE";
		});
		if (finished) {
			action.set("result", job.result.deepCopy());
		}
		Json.putTimestamp(action, "created_at", timeline.createdAt());
		Json.putTimestamp(action, "updated_at", finished ? timeline.finishedAt() : now);
		action.put("request_id", job.requestId);
		if (finished) {
			action.put("processing_time", timeline.duration().toMillis());
		}
		action.put("progress", timeline.progress(now));
		action.put("object", "async_action");
		return action;
	}

	private Mono<Reply> getAsyncAction(Exchange exchange) {
		return Mono.fromCallable(() -> Reply.json(200, this.state.locked(() -> {
			EmulatorState.AsyncActionJob job = this.state.asyncActions.get(exchange.path("id"));
			if (job == null) {
				throw ErrorReply.notFound("async_action", exchange.path("id"));
			}
			return json(job, this.state.now());
		})));
	}

}
