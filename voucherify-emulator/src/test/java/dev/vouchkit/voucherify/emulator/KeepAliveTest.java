package dev.vouchkit.voucherify.emulator;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * One HTTP/1.1 keep-alive connection, as pooled clients use it: a request that arrives while
 * the one before it is still being answered (here, held back by added latency) waits its
 * turn, and when it is answered at once the connection must still read the next request.
 */
class KeepAliveTest extends EmulatorOverHttp {

	private static final int REPLY_TIMEOUT_MILLIS = 5000;

	@Test
	void aRequestAnsweredAtOnceAfterADelayedOneLeavesTheConnectionReading() throws IOException {
		this.emulator.addGiftCard("GC", 1000);
		this.emulator.faults().latency(Operation.GET_VOUCHER, Duration.ofMillis(50));
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), this.emulator.port())) {
			socket.setSoTimeout(REPLY_TIMEOUT_MILLIS);
			OutputStream out = socket.getOutputStream();
			InputStream in = socket.getInputStream();
			// In one write, so that the second request is queued while the first is held back.
			out.write((get("/v1/vouchers/GC") + get("/v1/vouchers")).getBytes(StandardCharsets.US_ASCII));
			out.flush();
			assertThat(readResponse(in)).startsWith("HTTP/1.1 200").contains("\"code\":\"GC\"");
			assertThat(readResponse(in)).startsWith("HTTP/1.1 200").contains("\"vouchers\"");

			out.write(get("/v1/vouchers").getBytes(StandardCharsets.US_ASCII));
			out.flush();
			try {
				assertThat(readResponse(in)).startsWith("HTTP/1.1 200").contains("\"vouchers\"");
			}
			catch (SocketTimeoutException ex) {
				fail("The emulator did not answer the third request on the connection within "
						+ REPLY_TIMEOUT_MILLIS + " ms", ex);
			}
		}
	}

	private String get(String target) {
		return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-App-Id: " + this.emulator.appId()
				+ "\r\nX-App-Token: " + this.emulator.appToken() + "\r\n\r\n";
	}

	/** One response: its head and its body, read by {@code Content-Length} or in chunks. */
	private static String readResponse(InputStream in) throws IOException {
		StringBuilder head = new StringBuilder();
		for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
			head.append(line).append("\r\n");
		}
		String headers = head.toString().toLowerCase(Locale.ROOT);
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
		return head.append("\r\n").append(body.toString(StandardCharsets.UTF_8)).toString();
	}

	private static String readLine(InputStream in) throws IOException {
		StringBuilder line = new StringBuilder();
		for (int b = in.read(); b != '\n'; b = in.read()) {
			if (b == -1) {
				throw new EOFException("Connection closed after: " + line);
			}
			if (b != '\r') {
				line.append((char) b);
			}
		}
		return line.toString();
	}

}
