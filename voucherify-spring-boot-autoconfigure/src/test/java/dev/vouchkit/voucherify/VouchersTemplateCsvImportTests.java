package dev.vouchkit.voucherify;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelOption;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.server.HttpServer;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.NettyDataBufferFactory;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;

import dev.vouchkit.voucherify.model.CsvImportResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * CSV import sends multipart/form-data with a named {@code file} part, streamed from its
 * source.
 */
class VouchersTemplateCsvImportTests extends MockServerSupport {

	private static final String CSV = "Code,Voucher Type,Value\nGIFT-1,GIFT_VOUCHER,10000\n";

	private static final String ACCEPTED = "{\"async_action_id\":\"aa_0a1b2c3d4e5f6a7b8c\"}";

	@TempDir
	Path tempDir;

	@Test
	void importsFromAPath() throws Exception {
		Path file = Files.writeString(this.tempDir.resolve("gift-cards.csv"), CSV);
		enqueueJson(202, ACCEPTED);
		CsvImportResponse reply = this.template.importVouchersUsingCsv(file).block(Duration.ofSeconds(30));
		assertThat(reply.asyncActionId()).isEqualTo("aa_0a1b2c3d4e5f6a7b8c");
		RecordedRequest request = takeRequest();
		assertThat(request.getMethod()).isEqualTo("POST");
		assertThat(request.getTarget()).isEqualTo("/v1/vouchers/importCSV");
		assertThat(request.getHeaders().get("Content-Type")).startsWith("multipart/form-data;boundary=");
		String body = bodyOf(request);
		assertThat(body).contains("Content-Disposition: form-data; name=\"file\"; filename=\"gift-cards.csv\"")
			.contains("Content-Type: text/csv")
			.contains(CSV)
			.doesNotContain("webhooks_enable");
	}

	@Test
	void importsFromAResourceWithWebhooks() throws Exception {
		ByteArrayResource resource = new ByteArrayResource(CSV.getBytes(StandardCharsets.UTF_8)) {
			@Override
			public String getFilename() {
				return "codes.csv";
			}
		};
		enqueueJson(202, ACCEPTED);
		this.template.importVouchersUsingCsv(CsvImport.of(resource).webhooksEnable(true)).block(Duration.ofSeconds(30));
		String body = bodyOf(takeRequest());
		assertThat(body).contains("name=\"file\"; filename=\"codes.csv\"")
			.contains("name=\"webhooks_enable\"")
			.contains("true");
	}

	@Test
	void resourceWithoutFilenameGetsADefaultOne() throws Exception {
		enqueueJson(202, ACCEPTED);
		this.template.importVouchersUsingCsv(new ByteArrayResource(CSV.getBytes(StandardCharsets.UTF_8)))
			.block(Duration.ofSeconds(30));
		assertThat(bodyOf(takeRequest())).contains("name=\"file\"; filename=\"vouchers.csv\"");
	}

	@Test
	void badSourcesFailBeforeAnyNetworkCall() throws IOException {
		Path tooBig = this.tempDir.resolve("too-big.csv");
		try (RandomAccessFile file = new RandomAccessFile(tooBig.toFile(), "rw")) {
			file.setLength(CsvImport.MAX_FILE_SIZE + 1);
		}
		assertThatIllegalArgumentException().isThrownBy(() -> this.template.importVouchersUsingCsv(tooBig))
			.withMessageContaining("10 MB");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.template.importVouchersUsingCsv(this.tempDir.resolve("missing.csv")))
			.withMessageContaining("missing.csv");
		assertThatIllegalArgumentException().isThrownBy(() -> CsvImport.of(Flux.empty(), " "))
			.withMessageContaining("filename");
		assertThat(this.server.getRequestCount()).isZero();
	}

	/**
	 * A 10 MB file (the API's limit) goes out while it is produced: at no point does the
	 * client hold more than a small part of it. Each chunk is a Netty buffer whose
	 * reference count drops to zero once written to the socket, so the bytes produced but
	 * not yet released are exactly what the client holds; and the bytes produced but not
	 * yet received by the server bound it from outside. Both sockets get small fixed buffers:
	 * left to Linux's autotuning, a receive buffer grows to many megabytes on a busy
	 * machine, and that outside bound would measure the kernel rather than the client.
	 */
	@Test
	void streamsTenMegabytesWithoutHoldingThemInMemory() {
		int chunkSize = 16 * 1024;
		int socketBufferSize = 64 * 1024;
		long fileSize = CsvImport.MAX_FILE_SIZE;
		byte[] row = "GIFT-000000,GIFT_VOUCHER,10000\n".getBytes(StandardCharsets.US_ASCII);
		byte[] chunk = new byte[chunkSize];
		for (int i = 0; i < chunkSize; i++) {
			chunk[i] = row[i % row.length];
		}
		List<ByteBuf> produced = new CopyOnWriteArrayList<>();
		AtomicLong maxHeld = new AtomicLong();
		AtomicLong producedBytes = new AtomicLong();
		AtomicLong received = new AtomicLong();
		AtomicLong maxAhead = new AtomicLong();
		NettyDataBufferFactory factory = new NettyDataBufferFactory(io.netty.buffer.UnpooledByteBufAllocator.DEFAULT);
		Flux<DataBuffer> content = Flux.generate(() -> 0L, (sent, sink) -> {
			if (sent >= fileSize) {
				sink.complete();
				return sent;
			}
			maxHeld.accumulateAndGet(heldBytes(produced), Math::max);
			ByteBuf buffer = Unpooled.copiedBuffer(chunk);
			produced.add(buffer);
			maxAhead.accumulateAndGet(producedBytes.addAndGet(chunkSize) - received.get(), Math::max);
			sink.next(factory.wrap(buffer));
			return sent + chunkSize;
		});
		StringBuilder head = new StringBuilder();
		DisposableServer upload = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.childOption(ChannelOption.SO_RCVBUF, socketBufferSize)
			.route((routes) -> routes.post("/v1/vouchers/importCSV", (request, response) -> request.receive()
				.doOnNext((buffer) -> {
					if (head.length() < 400) {
						head.append(buffer.toString(StandardCharsets.US_ASCII), 0, Math.min(400, buffer.readableBytes()));
					}
					received.addAndGet(buffer.readableBytes());
				})
				.then(response.status(202).header("Content-Type", "application/json").sendString(Mono.just(ACCEPTED)).then())))
			.bindNow();
		try {
			VouchersTemplate template = templateBuilder().baseUrl("http://127.0.0.1:" + upload.port())
				.connector(new ReactorClientHttpConnector(HttpClient.create().option(ChannelOption.SO_SNDBUF, socketBufferSize)))
				.responseTimeout(Duration.ofSeconds(60))
				.build();
			CsvImportResponse reply = template.importVouchersUsingCsv(CsvImport.of(content, "big.csv"))
				.block(Duration.ofSeconds(90));
			assertThat(reply.asyncActionId()).startsWith("aa_");
		}
		finally {
			upload.disposeNow();
		}
		assertThat(received.get()).isGreaterThan(fileSize);
		assertThat(head.toString()).contains("name=\"file\"; filename=\"big.csv\"");
		assertThat(produced).hasSize((int) (fileSize / chunkSize));
		assertThat(heldBytes(produced)).as("every chunk released after it was written").isZero();
		assertThat(maxHeld.get()).as("bytes held by the client at once (of %d)", fileSize)
			.isLessThan(fileSize / 8);
		// Produced but not yet received by the server: what the client and both sockets held.
		assertThat(maxAhead.get()).as("bytes ahead of the server (of %d)", fileSize).isLessThan(fileSize / 2);
	}

	private static long heldBytes(List<ByteBuf> buffers) {
		long held = 0;
		for (ByteBuf buffer : buffers) {
			if (buffer.refCnt() > 0) {
				held += buffer.capacity();
			}
		}
		return held;
	}

}
