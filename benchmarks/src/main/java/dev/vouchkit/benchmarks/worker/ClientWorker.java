package dev.vouchkit.benchmarks.worker;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import dev.vouchkit.benchmarks.clients.ClientSpec;
import dev.vouchkit.benchmarks.fork.ChildJvm;
import dev.vouchkit.benchmarks.fork.ChildProcess;
import dev.vouchkit.benchmarks.load.RunResult;

/**
 * The orchestrator's handle on a {@link ClientWorkerMain} JVM.
 */
public final class ClientWorker implements AutoCloseable {

	/** The same heap and collector for every client, sized so no client is short of memory. */
	private static final List<String> JVM_ARGUMENTS = List.of("-Xms512m", "-Xmx512m", "-XX:+UseG1GC");

	private static final Duration SETUP_TIMEOUT = Duration.ofMinutes(2);

	private static final Duration RUN_TIMEOUT = Duration.ofMinutes(5);

	private final ClientSpec client;

	private final ChildProcess process;

	private final JsonMapper json = JsonMapper.builder().build();

	private ClientWorker(ClientSpec client, ChildProcess process) {
		this.client = client;
		this.process = process;
	}

	/**
	 * Starts a worker and waits until its client has decoded the gift card once.
	 * @param client the client
	 * @param baseUrl the gift-card server
	 * @param logDirectory where the worker's log goes
	 * @param extraJvmArguments e.g. a JFR recording
	 * @return the ready worker
	 */
	public static ClientWorker start(ClientSpec client, String baseUrl, Path logDirectory,
			List<String> extraJvmArguments) {
		List<String> jvmArguments = new ArrayList<>(JVM_ARGUMENTS);
		jvmArguments.addAll(extraJvmArguments);
		ChildProcess process = ChildJvm.running(ClientWorkerMain.class)
			.jvmArguments(jvmArguments.toArray(String[]::new))
			.arguments(baseUrl)
			.arguments(client.toArguments())
			.logFile(logDirectory.resolve("worker-" + client.label() + ".log"))
			.start();
		process.await("ready", SETUP_TIMEOUT);
		return new ClientWorker(client, process);
	}

	public ClientSpec client() {
		return this.client;
	}

	public RunResult run(int inFlight, int calls) {
		this.process.send("run " + inFlight + " " + calls);
		return this.json.readValue(this.process.await("result", RUN_TIMEOUT), RunResult.class);
	}

	public Map<String, Object> facts() {
		this.process.send("facts");
		return this.json.readValue(this.process.await("facts", SETUP_TIMEOUT), new TypeReference<>() {
		});
	}

	@Override
	public void close() {
		this.process.close();
	}

}
