package dev.vouchkit.sample;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A test failing on a timeout leaves the threads' stacks in the log; other failures do not.
 */
class ThreadsOnTimeoutTests {

	@Test
	void aTimeoutPrintsEveryThread() {
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		ThreadsOnTimeout handler = new ThreadsOnTimeout(new PrintStream(printed, true, StandardCharsets.UTF_8));
		IllegalStateException timeout = new IllegalStateException(
				"Timeout on blocking read for 30000000000 NANOSECONDS", new TimeoutException());
		handler.printThreadsIfTimedOut("a hanging test", new IllegalStateException("wrapped", timeout));
		assertThat(printed.toString(StandardCharsets.UTF_8)).startsWith("Threads when a hanging test timed out:")
			.contains("\"" + Thread.currentThread().getName() + "\" RUNNABLE")
			.contains(ThreadsOnTimeoutTests.class.getName() + ".aTimeoutPrintsEveryThread(");
	}

	@Test
	void anyOtherFailurePrintsNothing() {
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		ThreadsOnTimeout handler = new ThreadsOnTimeout(new PrintStream(printed, true, StandardCharsets.UTF_8));
		AssertionError failure = new AssertionError("expected 503 but was 502");
		handler.printThreadsIfTimedOut("a failing test", failure);
		assertThat(printed.size()).isZero();
	}

}
