package dev.vouchkit.sample;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Prints the stack of every thread when a test fails because something did not answer in
 * time (WebTestClient's {@code Timeout on blocking read}, or any {@link TimeoutException}
 * in the failure's causes), then fails the test as it was: a hang on a build machine can
 * then be read from the build's log instead of guessed at.
 */
class ThreadsOnTimeout implements TestExecutionExceptionHandler {

	private final PrintStream out;

	ThreadsOnTimeout() {
		this(System.err);
	}

	ThreadsOnTimeout(PrintStream out) {
		this.out = out;
	}

	@Override
	public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
		printThreadsIfTimedOut(context.getDisplayName(), failure);
		throw failure;
	}

	void printThreadsIfTimedOut(String test, Throwable failure) {
		if (isTimeout(failure)) {
			printThreads(test);
		}
	}

	private static boolean isTimeout(Throwable failure) {
		// Bounded: a chain of causes may loop back on itself.
		Throwable cause = failure;
		for (int depth = 0; cause != null && depth < 32; depth++, cause = cause.getCause()) {
			if (cause instanceof TimeoutException || (cause.getMessage() != null
					&& cause.getMessage().startsWith("Timeout on blocking read"))) {
				return true;
			}
		}
		return false;
	}

	private void printThreads(String test) {
		StringBuilder dump = new StringBuilder("Threads when ").append(test).append(" timed out:\n");
		Thread.getAllStackTraces()
			.entrySet()
			.stream()
			.sorted(Comparator.comparing((Map.Entry<Thread, StackTraceElement[]> thread) -> thread.getKey().getName()))
			.forEach((thread) -> {
				dump.append('"').append(thread.getKey().getName()).append("\" ").append(thread.getKey().getState())
					.append('\n');
				for (StackTraceElement frame : thread.getValue()) {
					dump.append("\tat ").append(frame).append('\n');
				}
			});
		this.out.print(dump);
		this.out.flush();
	}

}
