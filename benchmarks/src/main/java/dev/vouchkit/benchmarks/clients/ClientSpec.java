package dev.vouchkit.benchmarks.clients;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;

/**
 * A client a worker JVM can hold: an implementation of {@link ClientUnderTest} with a
 * public constructor taking the server's base URL (and the variant, when there is one).
 * Named by class so that the worker can create (c), which is compiled only in the
 * {@code generated-client} profile.
 *
 * @param label short name in tables: {@code a}, {@code b}, {@code c}, {@code b1}...
 * @param title what it is
 * @param implementation the class
 * @param variant the constructor's second argument, or {@code null}
 */
public record ClientSpec(String label, String title, String implementation, String variant) {

	private static final String PACKAGE = "dev.vouchkit.benchmarks.clients.";

	/** (a) The floor of our stack: a bare WebClient decoding into the same record. */
	public static final ClientSpec BARE_WEBCLIENT = new ClientSpec("a", "bare WebClient (baseline)",
			PACKAGE + "BareWebClient", null);

	/**
	 * (a1) A bare WebClient on a connection pool like the starter's own (leased most
	 * recently used first): the floor with the starter's connector settings.
	 */
	public static final ClientSpec BARE_WEBCLIENT_STARTER_POOL = new ClientSpec("a1",
			"bare WebClient on the starter's connection pool", PACKAGE + "BareWebClient", BareWebClient.STARTER_POOL);

	/**
	 * (b) The starter's auto-configured client as an application gets it: Actuator on,
	 * defaults (retry, circuit breaker, one observation per call).
	 */
	public static final ClientSpec STARTER = new ClientSpec("b", "starter VouchersOperations, Actuator defaults",
			PACKAGE + "StarterClient", StarterClient.Variant.ACTUATOR_DEFAULTS.name());

	/** (b0) The starter with no observation registry at all: the floor of its own layers. */
	public static final ClientSpec STARTER_OBSERVATION_OFF = new ClientSpec("b0",
			"starter VouchersOperations, observation fully off", PACKAGE + "StarterClient",
			StarterClient.Variant.OBSERVATION_OFF.name());

	/** (c) What the vendor's Java SDK is made of; compiled in the {@code generated-client} profile only. */
	public static final ClientSpec GENERATED_OKHTTP_GSON = new ClientSpec("c", "generated okhttp-gson",
			PACKAGE + "GeneratedOkHttpGsonClient", null);

	/** The compared clients that are in this build: (a), (a1), (b), (b0), and (c) in the profile. */
	public static List<ClientSpec> compared() {
		return List.of(BARE_WEBCLIENT, BARE_WEBCLIENT_STARTER_POOL, STARTER, STARTER_OBSERVATION_OFF, GENERATED_OKHTTP_GSON)
			.stream()
			.filter(ClientSpec::isAvailable)
			.toList();
	}

	/** From (a) to (b) one layer at a time, to attribute (b)'s extra cost. */
	public static List<ClientSpec> starterLayers() {
		List<ClientSpec> layers = new ArrayList<>();
		layers.add(BARE_WEBCLIENT);
		for (StarterLayersClient.Layer layer : StarterLayersClient.Layer.values()) {
			layers.add(new ClientSpec(layer.label(), layer.title(), StarterLayersClient.class.getName(), layer.name()));
		}
		layers.add(STARTER);
		return layers;
	}

	/**
	 * Whether this client is in the build. (c) also needs OkHttp, which only the
	 * {@code generated-client} profile puts on the classpath: its classes may be left in
	 * the build directory from an earlier run with the profile.
	 */
	public boolean isAvailable() {
		try {
			Class.forName(this.implementation, false, ClientSpec.class.getClassLoader());
			if (this == GENERATED_OKHTTP_GSON || this.implementation.equals(GENERATED_OKHTTP_GSON.implementation)) {
				Class.forName("okhttp3.OkHttpClient", false, ClientSpec.class.getClassLoader());
			}
			return true;
		}
		catch (ClassNotFoundException ex) {
			return false;
		}
	}

	/** The worker's command-line arguments that recreate this spec. */
	public List<String> toArguments() {
		return (this.variant != null) ? List.of(this.implementation, this.variant) : List.of(this.implementation);
	}

	/**
	 * Creates a client from {@link #toArguments()} arguments.
	 * @param baseUrl the gift-card server
	 * @param arguments implementation class, then the variant if any
	 * @return the client
	 */
	public static ClientUnderTest create(String baseUrl, List<String> arguments) {
		try {
			Class<?> type = Class.forName(arguments.get(0));
			Object client = (arguments.size() > 1)
					? type.getConstructor(String.class, String.class).newInstance(baseUrl, arguments.get(1))
					: type.getConstructor(String.class).newInstance(baseUrl);
			return (ClientUnderTest) client;
		}
		catch (InvocationTargetException ex) {
			throw new IllegalStateException("Could not create client " + arguments, ex.getCause());
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Client " + arguments + " is not in this build: " + ex, ex);
		}
	}

}
