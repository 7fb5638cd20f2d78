package dev.vouchkit.benchmarks.worker;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import tools.jackson.databind.json.JsonMapper;

import dev.vouchkit.benchmarks.clients.ClientSpec;
import dev.vouchkit.benchmarks.clients.ClientUnderTest;
import dev.vouchkit.benchmarks.fork.ChildProtocol;
import dev.vouchkit.benchmarks.load.LoadDriver;

/**
 * A JVM holding one client, driven by the orchestrator: {@code run <inFlight> <calls>}
 * makes and measures calls, {@code facts} reports what the client had switched on, end of
 * stdin ends it. One JVM per client keeps each client's CPU time, allocation, heap and JIT
 * profile its own.
 */
public final class ClientWorkerMain {

	private ClientWorkerMain() {
	}

	/**
	 * @param args the server's base URL, then the client's {@link ClientSpec#toArguments()}
	 */
	public static void main(String[] args) {
		JsonMapper json = JsonMapper.builder().build();
		try (ClientUnderTest client = ClientSpec.create(args[0], Arrays.asList(args).subList(1, args.length))) {
			client.checkDecodesGiftCard();
			LoadDriver driver = client.driver();
			ChildProtocol.emit("ready", args[1]);
			BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
			for (String command = commands.readLine(); command != null; command = commands.readLine()) {
				String[] words = command.trim().split(" ");
				switch (words[0]) {
					case "run" -> {
						// Each run starts from a collected heap, so one run's garbage is not the next one's GC work.
						System.gc();
						ChildProtocol.emit("result", json.writeValueAsString(
								driver.run(Integer.parseInt(words[1]), Integer.parseInt(words[2]))));
					}
					case "facts" -> ChildProtocol.emit("facts", json.writeValueAsString(client.facts()));
					default -> throw new IllegalArgumentException("Unknown command: " + command);
				}
			}
		}
		catch (Throwable ex) {
			ChildProtocol.fail(ex);
		}
		System.exit(0);
	}

}
