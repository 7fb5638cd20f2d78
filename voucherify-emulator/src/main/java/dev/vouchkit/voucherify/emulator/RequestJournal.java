package dev.vouchkit.voucherify.emulator;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Every request that reached the API routes, faulted ones included, so tests can count what the
 * server saw. Keeps the last {@value #CAPACITY} entries; the per-operation counts are exact.
 */
public final class RequestJournal {

	static final int CAPACITY = 10_000;

	private final Deque<Entry> entries = new ArrayDeque<>();

	private final Map<Operation, Integer> counts = new EnumMap<>(Operation.class);

	/**
	 * One request as received.
	 * @param operation the matched operation ({@link Operation#UNMATCHED} for no route)
	 * @param method the HTTP method
	 * @param rawPathAndQuery path and query as received, still percent-encoded; a {@code token}
	 * query value shows as {@code ******}
	 * @param headers request headers (names lower case) without {@code x-app-token}
	 * @param status the status sent, or 0 when the connection was reset instead
	 * @param fault the injected fault's name, or null
	 */
	public record Entry(Instant at, Operation operation, String method, String rawPathAndQuery,
			Map<String, String> headers, int status, String fault) {
	}

	synchronized void record(Entry entry) {
		if (this.entries.size() == CAPACITY) {
			this.entries.removeFirst();
		}
		this.entries.addLast(entry);
		this.counts.merge(entry.operation(), 1, Integer::sum);
	}

	/** How many requests of {@code operation} arrived since start or the last {@link #clear()}. */
	public synchronized int count(Operation operation) {
		return this.counts.getOrDefault(operation, 0);
	}

	public synchronized Map<Operation, Integer> counts() {
		return Map.copyOf(this.counts);
	}

	public synchronized List<Entry> entries() {
		return List.copyOf(this.entries);
	}

	public synchronized List<Entry> entries(Operation operation) {
		return this.entries.stream().filter((entry) -> entry.operation() == operation).toList();
	}

	public synchronized void clear() {
		this.entries.clear();
		this.counts.clear();
	}

}
