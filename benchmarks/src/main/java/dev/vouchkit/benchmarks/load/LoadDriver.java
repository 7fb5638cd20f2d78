package dev.vouchkit.benchmarks.load;

/**
 * Drives one client: a fixed number of calls with a fixed number in flight.
 */
public interface LoadDriver {

	/**
	 * Makes {@code calls} calls, never more than {@code inFlight} at a time, and measures
	 * them.
	 * @param inFlight requests in flight
	 * @param calls calls in total
	 * @return the measurements
	 */
	RunResult run(int inFlight, int calls);

}
