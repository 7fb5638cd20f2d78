package dev.vouchkit.benchmarks.fork;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A running child JVM: sends it commands and waits for its {@link ChildProtocol} messages.
 */
public final class ChildProcess implements AutoCloseable {

	private static final String EXITED = "\u0000exited";

	private final String name;

	private final Process process;

	private final Path logFile;

	private final PrintWriter commands;

	private final BlockingQueue<String> messages = new LinkedBlockingQueue<>();

	ChildProcess(String name, Process process, Path logFile) {
		this.name = name;
		this.process = process;
		this.logFile = logFile;
		this.commands = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
		Thread reader = new Thread(this::readOutput, "child-output-" + process.pid());
		reader.setDaemon(true);
		reader.start();
	}

	/**
	 * Sends one command line to the child's stdin.
	 * @param command the line
	 */
	public void send(String command) {
		this.commands.println(command);
	}

	/**
	 * Waits for the next message of the given kind; fails if the child reports an error or
	 * exits first.
	 * @param kind the expected kind
	 * @param timeout the longest wait
	 * @return the message's payload
	 */
	public String await(String kind, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		try {
			while (true) {
				String message = this.messages.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
				if (message == null) {
					throw failure("sent no '" + kind + "' within " + timeout);
				}
				if (message == EXITED) {
					throw failure("exited with code " + this.process.waitFor() + " before sending '" + kind + "'");
				}
				int space = message.indexOf(' ');
				String messageKind = (space < 0) ? message : message.substring(0, space);
				String payload = (space < 0) ? "" : message.substring(space + 1);
				if (messageKind.equals("error")) {
					throw failure("failed: " + payload);
				}
				if (messageKind.equals(kind)) {
					return payload;
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw failure("was interrupted while waiting for '" + kind + "'");
		}
	}

	/** Closes the child's stdin, which ends it, and waits for it to exit. */
	@Override
	public void close() {
		this.commands.close();
		try {
			if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.process.destroyForcibly();
		}
	}

	private void readOutput() {
		try (BufferedReader output = new BufferedReader(
				new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8));
				Writer log = Files.newBufferedWriter(this.logFile, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
						StandardOpenOption.APPEND)) {
			for (String line = output.readLine(); line != null; line = output.readLine()) {
				if (line.startsWith(ChildProtocol.PREFIX)) {
					this.messages.add(line.substring(ChildProtocol.PREFIX.length()));
				}
				else {
					log.write(line);
					log.write('\n');
					log.flush();
				}
			}
		}
		catch (IOException ex) {
			// The child is gone; await() reports it.
		}
		finally {
			this.messages.add(EXITED);
		}
	}

	private IllegalStateException failure(String what) {
		this.process.destroyForcibly();
		return new IllegalStateException(this.name + " (pid " + this.process.pid() + ") " + what + "; its log "
				+ this.logFile + " ends with:\n" + tail(this.logFile, 40));
	}

	private static String tail(Path file, int lines) {
		try {
			List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
			return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
		}
		catch (IOException | UncheckedIOException ex) {
			return "<no log: " + ex.getMessage() + ">";
		}
	}

}
