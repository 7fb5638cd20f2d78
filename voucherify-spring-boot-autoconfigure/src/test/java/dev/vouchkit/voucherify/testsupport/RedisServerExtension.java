package dev.vouchkit.voucherify.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real {@code redis-server} (Debian package {@code redis-server}) on a free loopback
 * port for one test class: no persistence, no mock. Fails the class loudly when the
 * binary is missing; {@code .ci/run} installs it. {@link #stop()} and {@link #start()}
 * let a test take Redis away mid-run and bring it back on the same port.
 */
public final class RedisServerExtension implements BeforeAllCallback, AfterAllCallback {

	private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(30);

	private int port;

	private Process process;

	private Path workDir;

	@Override
	public void beforeAll(ExtensionContext context) throws Exception {
		this.port = freePort();
		this.workDir = Files.createTempDirectory("redis-test");
		start();
	}

	@Override
	public void afterAll(ExtensionContext context) throws Exception {
		stop();
	}

	/** The port Redis listens on, on 127.0.0.1. */
	public int port() {
		return this.port;
	}

	/** Starts (again) on the same port and waits until it answers PING. */
	public synchronized void start() throws IOException, InterruptedException {
		if (this.process != null && this.process.isAlive()) {
			return;
		}
		String binary = binary();
		this.process = new ProcessBuilder(List.of(binary, "--port", Integer.toString(this.port), "--bind", "127.0.0.1",
				"--save", "", "--appendonly", "no", "--dir", this.workDir.toString(), "--protected-mode", "yes"))
			.redirectErrorStream(true)
			.redirectOutput(this.workDir.resolve("redis.log").toFile())
			.start();
		long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
		while (!answersPing()) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("redis-server exited with " + this.process.exitValue() + ": "
						+ Files.readString(this.workDir.resolve("redis.log")));
			}
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("redis-server did not answer PING within " + STARTUP_TIMEOUT);
			}
			Thread.sleep(20);
		}
	}

	/** Stops Redis and waits until the process is gone. */
	public synchronized void stop() throws InterruptedException {
		if (this.process == null) {
			return;
		}
		this.process.destroy();
		if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
			this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		}
		this.process = null;
	}

	/** Sends one command in Redis's inline protocol and returns the raw reply. */
	public String command(String inline) throws IOException {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", this.port), 1000);
			socket.setSoTimeout(2000);
			OutputStream out = socket.getOutputStream();
			out.write((inline + "\r\n").getBytes(StandardCharsets.UTF_8));
			out.flush();
			InputStream in = socket.getInputStream();
			byte[] buffer = new byte[64 * 1024];
			int read = in.read(buffer);
			return (read > 0) ? new String(buffer, 0, read, StandardCharsets.UTF_8) : "";
		}
	}

	private boolean answersPing() {
		try {
			return command("PING").startsWith("+PONG");
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static String binary() {
		for (String candidate : List.of("/usr/bin/redis-server", "/usr/local/bin/redis-server")) {
			if (new File(candidate).canExecute()) {
				return candidate;
			}
		}
		String path = System.getenv("PATH");
		if (path != null) {
			for (String dir : path.split(File.pathSeparator)) {
				File candidate = new File(dir, "redis-server");
				if (candidate.canExecute()) {
					return candidate.getPath();
				}
			}
		}
		throw new IllegalStateException("redis-server not found: these tests need a real Redis. Install the Debian "
				+ "package redis-server (apt-get install redis-server); .ci/run does so.");
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
	}

}
