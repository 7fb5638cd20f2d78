package dev.vouchkit.benchmarks.fork;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a JVM on this module's classpath. Every measured piece runs in a JVM of its own so
 * that process CPU time, allocation counters, heap limits and JIT profiles belong to that
 * piece alone.
 */
public final class ChildJvm {

	private final String mainClass;

	private final List<String> jvmArguments = new ArrayList<>();

	private final List<String> arguments = new ArrayList<>();

	private Path logFile;

	private ChildJvm(Class<?> mainClass) {
		this.mainClass = mainClass.getName();
	}

	/**
	 * A JVM running {@code mainClass}.
	 * @param mainClass a class with a {@code main} method on this module's classpath
	 * @return the builder
	 */
	public static ChildJvm running(Class<?> mainClass) {
		return new ChildJvm(mainClass);
	}

	public ChildJvm jvmArguments(String... jvmArguments) {
		this.jvmArguments.addAll(List.of(jvmArguments));
		return this;
	}

	public ChildJvm arguments(String... arguments) {
		this.arguments.addAll(List.of(arguments));
		return this;
	}

	public ChildJvm arguments(List<String> arguments) {
		this.arguments.addAll(arguments);
		return this;
	}

	/** Where the child's own output (logs, stack traces) goes; appended to. */
	public ChildJvm logFile(Path logFile) {
		this.logFile = logFile;
		return this;
	}

	public ChildProcess start() {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(this.jvmArguments);
		command.add("-cp");
		// Surefire and exec:exec both set java.class.path to the module's full runtime classpath.
		command.add(System.getProperty("java.class.path"));
		command.add(this.mainClass);
		command.addAll(this.arguments);
		try {
			Files.createDirectories(java.util.Objects.requireNonNull(this.logFile, "logFile").getParent());
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			return new ChildProcess(this.mainClass, process, this.logFile);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start " + this.mainClass, ex);
		}
	}

}
