package dev.vouchkit.benchmarks.report;

import java.util.List;
import java.util.Map;

/**
 * One client's figures at every level.
 *
 * @param label (a), (b), (c), or (b1)... for the layers
 * @param client what the client is
 * @param facts what it had switched on, read from it after the runs
 * @param levels the figures per level, in the order run
 */
public record ClientResults(String label, String client, Map<String, Object> facts, List<LevelFigures> levels) {

	public LevelFigures at(int inFlight) {
		return this.levels.stream()
			.filter((level) -> level.inFlight() == inFlight)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No level " + inFlight + " for " + this.label));
	}

}
