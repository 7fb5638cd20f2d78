package dev.vouchkit.benchmarks.clients;

import java.util.Map;

import dev.vouchkit.benchmarks.load.LoadDriver;

/**
 * One of the compared clients, set up against the gift-card server. Implementations have a
 * public constructor taking the server's base URL, so the worker can create the one named
 * by a {@link ClientSpec} even when it is compiled only in a Maven profile.
 */
public interface ClientUnderTest extends AutoCloseable {

	/**
	 * Makes one call and fails unless it decoded the example gift card, so no client is
	 * measured while it gets errors.
	 */
	void checkDecodesGiftCard();

	/**
	 * @return the driver that makes this client's calls
	 */
	LoadDriver driver();

	/**
	 * What this client had switched on, read after the runs (e.g. the number of recorded
	 * observations), for the report.
	 * @return facts by name
	 */
	Map<String, Object> facts();

	@Override
	void close();

}
