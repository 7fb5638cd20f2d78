package dev.vouchkit.voucherify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 100 MB export streams through a client whose whole JVM has a 64 MB heap: the file is
 * never held in memory, neither as bytes nor while parsed into rows. The file comes from a
 * loopback server in this JVM that writes it as the client reads, and the client runs in a
 * JVM of its own started with {@code -Xmx64m}, which dies on the first OutOfMemoryError.
 */
class ExportDownloadMemoryTests {

	/** One row, with a quoted field holding a comma. */
	private static final String ROW = "vtx_0123456789abcdef01,CREDITS_ADDITION,2500,\"top-up, birthday\"\r\n";

	private static final int ROWS_PER_CHUNK = 1_000;

	private static final long FILE_SIZE = 100L * 1024 * 1024;

	/** Whole chunks, just past 100 MB. */
	private static final int CHUNKS = (int) (FILE_SIZE / ((long) ROW.length() * ROWS_PER_CHUNK)) + 1;

	private static final int ROWS = CHUNKS * ROWS_PER_CHUNK;

	private static final String HEADER = "id,type,amount,reason\r\n";

	private static final String TOKEN = "big-export-token-4f1c";

	private DisposableServer server;

	@BeforeEach
	void serveA100MegabyteFile() {
		this.server = HttpServer.create().host("127.0.0.1").port(0).route((routes) -> routes
			.get("/v1/exports/exp_big", (request, response) -> {
				if (!request.uri().endsWith("?token=" + TOKEN)) {
					return response.status(403).send();
				}
				// Written as the client reads: Reactor Netty asks for the next chunk when the last one is sent.
				byte[] chunk = ROW.repeat(ROWS_PER_CHUNK).getBytes(StandardCharsets.UTF_8);
				Flux<ByteBuf> file = Flux.range(0, CHUNKS).map((i) -> Unpooled.wrappedBuffer(chunk));
				return response.header("Content-Type", "text/csv; charset=utf-8")
					.send(Mono.fromSupplier(() -> Unpooled.copiedBuffer(HEADER, StandardCharsets.UTF_8)).concatWith(file));
			}))
			.bindNow(Duration.ofSeconds(10));
	}

	@AfterEach
	void stop() {
		this.server.disposeNow(Duration.ofSeconds(10));
	}

	@Test
	void a100MegabyteExportStreamsThroughA64MegabyteHeap() throws IOException, InterruptedException {
		String url = "http://127.0.0.1:" + this.server.port() + "/v1/exports/exp_big?token=" + TOKEN;
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process child = new ProcessBuilder(List.of(java, "-Xmx64m", "-XX:+ExitOnOutOfMemoryError", "-cp",
				System.getProperty("java.class.path"), ExportDownloadMemoryCheck.class.getName(), url))
			.redirectErrorStream(true)
			.start();
		String output;
		try {
			output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(child.waitFor(10, TimeUnit.MINUTES)).as("the child JVM ends").isTrue();
		}
		finally {
			child.destroyForcibly();
		}
		assertThat(child.exitValue()).as("exit status of the child JVM, whose output was:%n%s", output).isZero();
		long fileSize = HEADER.length() + (long) ROWS * ROW.length();
		assertThat(fileSize).isGreaterThan(FILE_SIZE);
		assertThat(output).contains("BYTES " + fileSize + " ROWS " + ROWS + " MAXHEAP ");
		long maxHeap = Long.parseLong(output.substring(output.indexOf("MAXHEAP ") + 8).trim().split("\\s")[0]);
		assertThat(maxHeap).as("the child's heap limit").isLessThanOrEqualTo(64L * 1024 * 1024);
	}

}
