package dev.vouchkit.benchmarks.fork;

/**
 * The line protocol between the orchestrator and the JVMs it forks. A child writes its
 * messages to stdout as {@code @@bench <kind> <payload>}; anything else on stdout (Spring
 * Boot's log, Netty's warnings) is only logged, so a chatty library cannot break the
 * exchange. The orchestrator writes plain command lines to the child's stdin; end of stdin
 * tells the child to exit, so no child outlives an orchestrator that died.
 */
public final class ChildProtocol {

	static final String PREFIX = "@@bench ";

	private ChildProtocol() {
	}

	/**
	 * Sends one message to the orchestrator.
	 * @param kind what the payload is, e.g. {@code ready} or {@code result}
	 * @param payload one line, usually JSON
	 */
	public static void emit(String kind, String payload) {
		synchronized (System.out) {
			System.out.println(PREFIX + kind + " " + payload);
			System.out.flush();
		}
	}

	/**
	 * Reports a failure that ends the child; the orchestrator shows it with the log's tail.
	 * @param ex the failure
	 */
	public static void fail(Throwable ex) {
		ex.printStackTrace(System.out);
		emit("error", String.valueOf(ex).replace('\n', ' '));
	}

}
