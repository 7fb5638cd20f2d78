package dev.vouchkit.benchmarks.load;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.vouchkit.benchmarks.BenchmarkSettings;
import dev.vouchkit.benchmarks.clients.ClientSpec;
import dev.vouchkit.benchmarks.fork.ChildJvm;
import dev.vouchkit.benchmarks.fork.ChildProcess;
import dev.vouchkit.benchmarks.report.ClientResults;
import dev.vouchkit.benchmarks.report.LevelFigures;
import dev.vouchkit.benchmarks.server.GiftCardServerMain;
import dev.vouchkit.benchmarks.worker.ClientWorker;

/**
 * The load part: one gift-card server process, one worker JVM per client, all alive at
 * once. Every client is warmed up at every level first; then each round runs every level
 * for every client in turn, the client order rotating per round, so that a burst of load
 * from elsewhere on the shared machine hits all clients alike instead of one.
 */
public final class LoadBenchmark {

	private final BenchmarkSettings settings;

	private final PrintStream progress;

	public LoadBenchmark(BenchmarkSettings settings, PrintStream progress) {
		this.settings = settings;
		this.progress = progress;
	}

	/**
	 * Measures the clients at the settings' levels.
	 * @param clients the clients, each in a worker JVM of its own
	 * @param levels the in-flight levels
	 * @return the figures per client
	 */
	public List<ClientResults> run(List<ClientSpec> clients, List<Integer> levels) {
		ChildProcess server = ChildJvm.running(GiftCardServerMain.class)
			.jvmArguments("-Xms256m", "-Xmx256m")
			.logFile(this.settings.outputDirectory().resolve("logs/gift-card-server.log"))
			.start();
		List<ClientWorker> workers = new ArrayList<>();
		try {
			String baseUrl = server.await("ready", Duration.ofMinutes(1));
			for (ClientSpec client : clients) {
				workers.add(ClientWorker.start(client, baseUrl, this.settings.outputDirectory().resolve("logs"),
						this.settings.workerJvmArguments()));
			}
			warmUp(workers, levels);
			Map<String, Map<Integer, List<RunResult>>> runs = measure(workers, levels);
			List<ClientResults> results = new ArrayList<>();
			for (ClientWorker worker : workers) {
				List<LevelFigures> figures = runs.get(worker.client().label())
					.values()
					.stream()
					.map(LevelFigures::medianOf)
					.toList();
				results.add(new ClientResults(worker.client().label(), worker.client().title(), worker.facts(), figures));
			}
			return results;
		}
		finally {
			workers.forEach(ClientWorker::close);
			server.close();
		}
	}

	private void warmUp(List<ClientWorker> workers, List<Integer> levels) {
		for (ClientWorker worker : workers) {
			this.progress.printf("warm-up (%s): %d calls at each of %s in flight%n", worker.client().label(),
					this.settings.warmupCalls(), levels);
			for (int inFlight : levels) {
				worker.run(inFlight, this.settings.warmupCalls());
			}
		}
	}

	private Map<String, Map<Integer, List<RunResult>>> measure(List<ClientWorker> workers, List<Integer> levels) {
		Map<String, Map<Integer, List<RunResult>>> runs = new LinkedHashMap<>();
		for (ClientWorker worker : workers) {
			Map<Integer, List<RunResult>> byLevel = new LinkedHashMap<>();
			levels.forEach((level) -> byLevel.put(level, new ArrayList<>()));
			runs.put(worker.client().label(), byLevel);
		}
		for (int round = 0; round < this.settings.rounds(); round++) {
			for (int inFlight : levels) {
				for (int i = 0; i < workers.size(); i++) {
					ClientWorker worker = workers.get((i + round) % workers.size());
					RunResult result = worker.run(inFlight, this.settings.callsPerLevel());
					runs.get(worker.client().label()).get(inFlight).add(result);
					this.progress.printf(
							"round %d, (%s) at %3d in flight: %,8.0f req/s, p99 %6.2f ms, CPU %,4.0f ms / 1k (JIT %,3.0f), %,7.0f B/req%s%n",
							round + 1, worker.client().label(), inFlight, result.requestsPerSecond(),
							result.p99Nanos() / 1e6, result.cpuMillisPer1000Requests(),
							result.compileMillisPer1000Requests(), result.bytesPerRequest(),
							(result.errors() > 0) ? ", " + result.errors() + " errors: " + result.firstError() : "");
				}
			}
		}
		return runs;
	}

}
