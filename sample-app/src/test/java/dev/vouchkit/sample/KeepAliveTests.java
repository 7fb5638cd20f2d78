package dev.vouchkit.sample;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * One HTTP/1.1 keep-alive connection to the desk, as browsers and pooled clients use it.
 * A request that arrives while the one before it is still being answered waits its turn;
 * when it is answered at once (a parameter rejected, a circuit breaker that is open), the
 * connection must still read the request after it.
 */
class KeepAliveTests extends OnDemoVouchers {

	private static final int REPLY_TIMEOUT_MILLIS = 5000;

	@LocalServerPort
	private int port;

	@Test
	void aRequestAnsweredAtOnceAfterOneAnsweredLaterLeavesTheConnectionReading() throws IOException {
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), this.port)) {
			socket.setSoTimeout(REPLY_TIMEOUT_MILLIS);
			OutputStream out = socket.getOutputStream();
			InputStream in = socket.getInputStream();
			// In one write, so that the second request is queued while the first waits for the emulator.
			out.write((get("/api/vouchers/GIFT-WELCOME-50") + get("/api/vouchers?limit=0"))
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			assertThat(readResponse(in)).startsWith("HTTP/1.1 200");
			assertThat(readResponse(in)).startsWith("HTTP/1.1 400").contains("limit must be between");

			out.write(get("/api/vouchers/GIFT-WELCOME-50").getBytes(StandardCharsets.US_ASCII));
			out.flush();
			try {
				assertThat(readResponse(in)).startsWith("HTTP/1.1 200").contains("GIFT-WELCOME-50");
			}
			catch (SocketTimeoutException ex) {
				fail("The desk did not answer the third request on the connection within "
						+ REPLY_TIMEOUT_MILLIS + " ms", ex);
			}
		}
	}

	private String get(String target) {
		return "GET " + target + " HTTP/1.1\r\nHost: localhost:" + this.port + "\r\nAccept: application/json\r\n\r\n";
	}

	/** One response: its head and its body, read by {@code Content-Length} or in chunks. */
	private static String readResponse(InputStream in) throws IOException {
		String head = readHead(in);
		String headers = head.toLowerCase(Locale.ROOT);
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		if (headers.contains("\r\ntransfer-encoding: chunked")) {
			for (int size = Integer.parseInt(readLine(in).trim(), 16); size > 0;
					size = Integer.parseInt(readLine(in).trim(), 16)) {
				body.write(in.readNBytes(size));
				readLine(in);
			}
			readLine(in);
		}
		else {
			int start = headers.indexOf("\r\ncontent-length:");
			assertThat(start).as("Content-Length or chunked in %s", head).isNotNegative();
			int end = headers.indexOf("\r\n", start + 2);
			body.write(in.readNBytes(Integer.parseInt(headers.substring(start + 17, end).trim())));
		}
		return head + body.toString(StandardCharsets.UTF_8);
	}

	private static String readHead(InputStream in) throws IOException {
		StringBuilder head = new StringBuilder();
		for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
			head.append(line).append("\r\n");
		}
		return head.append("\r\n").toString();
	}

	private static String readLine(InputStream in) throws IOException {
		StringBuilder line = new StringBuilder();
		for (int b = in.read(); b != '\n'; b = in.read()) {
			if (b == -1) {
				throw new IOException("Connection closed after: " + line);
			}
			if (b != '\r') {
				line.append((char) b);
			}
		}
		return line.toString();
	}

}
