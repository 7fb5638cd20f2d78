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
 * gateway's 10 MiB, so memory stays bounded. The import itself runs before the 202 is sent, so
 * the async action is already DONE when a client first reads it.
 *
 * <p>
 * Spilled parts go to one directory per emulator, made on the first upload and removed on
 * {@link #close()}. Left to itself, Reactor Netty makes a new {@code RN_form_*} directory for
 * every form it decodes and never removes it.
 */
final class ImportHandlers implements AutoCloseable {

	private static final String MISSING_FILE = "Payload should have required property 'file'";

	private final EmulatorState state;

	private Path spillDirectory;

	ImportHandlers(EmulatorState state) {
		this.state = state;
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
		AtomicReference<ObjectNode> result = new AtomicReference<>();
		return exchange.request()
			.receiveForm((form) -> form.maxInMemorySize(64 * 1024)
				.maxSize(ErrorReply.MAX_PAYLOAD_BYTES)
				.baseDirectory(spillDirectory()))
			.doOnNext((part) -> {
				if ("file".equals(part.getName()) && result.get() == null) {
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
				this.state.locked(() -> this.state.asyncActions.put(id,
						asyncAction(id, exchange.requestId(), started, result.get())));
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

	private ObjectNode asyncAction(String id, String requestId, Instant started, ObjectNode result) {
		Instant finished = this.state.now();
		ObjectNode action = Json.object();
		action.put("id", id);
		action.put("type", "VOUCHERS.IMPORT_CSV");
		action.put("status", "DONE");
		action.set("result", result);
		Json.putTimestamp(action, "created_at", started);
		Json.putTimestamp(action, "updated_at", finished);
		action.put("request_id", requestId);
		action.put("processing_time", finished.toEpochMilli() - started.toEpochMilli());
		action.put("progress", 100);
		action.put("object", "async_action");
		return action;
	}

	private Mono<Reply> getAsyncAction(Exchange exchange) {
		return Mono.fromCallable(() -> Reply.json(200, this.state.locked(() -> {
			ObjectNode action = this.state.asyncActions.get(exchange.path("id"));
			if (action == null) {
				throw ErrorReply.notFound("async_action", exchange.path("id"));
			}
			return action.deepCopy();
		})));
	}

}
