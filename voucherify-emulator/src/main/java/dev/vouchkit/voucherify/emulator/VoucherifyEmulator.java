package dev.vouchkit.voucherify.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A stateful local stand-in for the Voucherify Vouchers API on Reactor Netty, for tests and
 * dev-time runs. Thread-safe.
 *
 * <pre>{@code
 * try (VoucherifyEmulator emulator = VoucherifyEmulator.builder().port(0).start()) {
 *     emulator.addGiftCard("GIFT-1", 10_000);
 *     // point the client at emulator.baseUrl() with emulator.appId() / emulator.appToken()
 * }
 * }</pre>
 */
public final class VoucherifyEmulator implements AutoCloseable {

	/** Default credentials; any request must carry exactly these as X-App-Id / X-App-Token. */
	public static final String DEFAULT_APP_ID = "emulator-app-id";

	public static final String DEFAULT_APP_TOKEN = "emulator-app-token";

	/** A voucher created by a seeding method. */
	public record SeededVoucher(String id, String code) {
	}

	private final String host;

	private final String appId;

	private final String appToken;

	private final EmulatorState state;

	private final FaultInjector faults = new FaultInjector();

	private final RequestJournal journal = new RequestJournal();

	private final RateLimiter rateLimiter;

	private final ImportHandlers imports;

	private final Jobs jobs;

	private final BalanceHandlers balances;

	private final DisposableServer server;

	/** Stands in for the download host an export's {@code result.url} points at. */
	private final DisposableServer downloadServer;

	private VoucherifyEmulator(Builder builder) {
		this.host = builder.host;
		this.appId = builder.appId;
		this.appToken = builder.appToken;
		this.state = new EmulatorState(builder.clock);
		this.rateLimiter = new RateLimiter(builder.clock, builder.rateLimit, builder.rateLimitWindow,
				builder.cycleQuota);
		this.jobs = new Jobs(builder.jobDuration);
		Router api = new Router();
		this.imports = new ImportHandlers(this.state, this.jobs);
		this.imports.register(api);
		new VoucherHandlers(this.state).register(api);
		this.balances = new BalanceHandlers(this.state);
		this.balances.register(api);
		ExportHandlers exports = new ExportHandlers(this.state, this.jobs, this::downloadBaseUrl);
		exports.register(api);
		new SessionHandlers(this.state).register(api);
		Router admin = new Router();
		new AdminHandlers(this, this.state).register(admin);
		Dispatcher dispatcher = new Dispatcher(api, admin, this.appId, this.appToken, this.faults, this.journal,
				this.rateLimiter, builder.clock);
		this.server = bind(builder.port, dispatcher);
		Router download = new Router();
		exports.registerDownload(download);
		// The download host has no quota of the API's; its requests are journaled and faulted like any.
		Dispatcher downloadDispatcher = new Dispatcher(download, new Router(), this.appId, this.appToken, this.faults,
				this.journal, new RateLimiter(builder.clock, 0, Duration.ofMinutes(1), 0), builder.clock);
		try {
			this.downloadServer = bind(builder.downloadPort, downloadDispatcher);
		}
		catch (RuntimeException ex) {
			this.server.disposeNow(Duration.ofSeconds(5));
			throw ex;
		}
		// Asset images live on the download host, as on dl.voucherify.io.
		this.state.assetsUrl(downloadBaseUrl() + "/api/v1/assets");
	}

	private DisposableServer bind(int port, Dispatcher dispatcher) {
		return HttpServer.create()
			.host(this.host)
			.port(port)
			// Long `ids` lists and encoded codes make long request lines.
			.httpRequestDecoder((spec) -> spec.maxInitialLineLength(64 * 1024))
			.doOnChannelInit((observer, channel, remoteAddress) -> ReadAfterResponse.install(channel))
			.handle(dispatcher)
			.bindNow(Duration.ofSeconds(10));
	}

	public static Builder builder() {
		return new Builder();
	}

	/** Starts with the defaults: loopback, a random port, the default credentials. */
	public static VoucherifyEmulator start() {
		return builder().start();
	}

	/** e.g. {@code http://127.0.0.1:54321}; the API paths ({@code /v1/...}) go below it. */
	public String baseUrl() {
		return url(port());
	}

	public int port() {
		return this.server.port();
	}

	/**
	 * The separate listener standing in for the API's download host, e.g.
	 * {@code http://127.0.0.1:54322}: a finished export's {@code result.url} points below it.
	 */
	public String downloadBaseUrl() {
		return url(downloadPort());
	}

	public int downloadPort() {
		return this.downloadServer.port();
	}

	private String url(int port) {
		String printable = this.host.contains(":") ? "[" + this.host + "]" : this.host;
		return "http://" + printable + ":" + port;
	}

	public String appId() {
		return this.appId;
	}

	public String appToken() {
		return this.appToken;
	}

	@Override
	public void close() {
		for (DisposableServer listener : List.of(this.server, this.downloadServer)) {
			if (!listener.isDisposed()) {
				listener.disposeNow(Duration.ofSeconds(5));
			}
		}
		this.imports.close();
	}

	// ---- async jobs ------------------------------------------------------------------------

	/**
	 * How long CSV imports and exports created from now on take, from ENQUEUED / SCHEDULED to
	 * DONE; zero finishes them at once (an export still answers SCHEDULED on creation). Until
	 * {@link #reset()}, which restores the builder's value.
	 */
	public VoucherifyEmulator jobDuration(Duration duration) {
		this.jobs.duration(duration);
		return this;
	}

	/**
	 * The next CSV import applies nothing and its async action ends FAILED, its result carrying
	 * {@code reason} as the message. Calls queue up, one per import.
	 */
	public VoucherifyEmulator failNextImport(String reason) {
		this.jobs.failNextImport(reason);
		return this;
	}

	/** The next export ends ERROR, without a file. Calls queue up, one per export. */
	public VoucherifyEmulator failNextExport() {
		this.jobs.failNextExport();
		return this;
	}

	// ---- seeding ---------------------------------------------------------------------------

	/** A gift card with {@code amount} credits in minor units (10000 = 100.00). */
	public SeededVoucher addGiftCard(String code, long amount) {
		ObjectNode json = base(code, "GIFT_VOUCHER");
		json.putObject("gift").put("amount", amount).put("effect", "APPLY_TO_ORDER");
		return addVoucher(json);
	}

	/** A discount voucher taking {@code amountOff} (minor units) off the order. */
	public SeededVoucher addAmountDiscount(String code, long amountOff) {
		ObjectNode json = base(code, "DISCOUNT_VOUCHER");
		json.putObject("discount").put("type", "AMOUNT").put("amount_off", amountOff).put("effect", "APPLY_TO_ORDER");
		return addVoucher(json);
	}

	/** A discount voucher taking {@code percentOff} percent off the order. */
	public SeededVoucher addPercentDiscount(String code, double percentOff) {
		ObjectNode json = base(code, "DISCOUNT_VOUCHER");
		json.putObject("discount").put("type", "PERCENT").put("percent_off", percentOff).put("effect", "APPLY_TO_ORDER");
		return addVoucher(json);
	}

	/**
	 * A loyalty card with {@code points}, held by {@code holder}: a {@code cust_} id or a customer
	 * source id (the list filter {@code customer} accepts either). A null holder makes a card
	 * that cannot take balance changes, as in the API.
	 */
	public SeededVoucher addLoyaltyCard(String code, long points, String holder) {
		ObjectNode json = base(code, "LOYALTY_CARD");
		json.putObject("loyalty_card").put("points", points);
		json.put("holder_id", holder);
		return addVoucher(json);
	}

	/**
	 * Any voucher: the create-voucher body or a voucher object as the API prints it (so a spec
	 * example works as is). The code is generated when absent.
	 */
	public SeededVoucher addVoucher(String voucherJson) {
		return addVoucher(Json.parse(voucherJson));
	}

	public SeededVoucher addVoucher(JsonNode voucherJson) {
		StoredVoucher voucher = Seeds.addVoucher(this.state, voucherJson);
		return new SeededVoucher(voucher.id, voucher.code);
	}

	/** Applies a seed document; see the README for the format. */
	public void seed(String seedJson) {
		Seeds.apply(this.state, Json.parse(seedJson));
	}

	public void seed(Path seedFile) {
		try {
			seed(Files.readString(seedFile));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Changes a gift card's credits or a loyalty card's points as {@code POST
	 * /v1/vouchers/{code}/balance} would, recording the transaction, without a request: seeds a
	 * long history quickly. Fails like the API for a discount voucher or a balance below 0.
	 */
	public void updateBalance(String codeOrId, long amount, String reason) {
		this.balances.apply(codeOrId, amount, reason);
	}

	/** Opens a validation session with a generated {@code ssn_} key; returns the key. */
	public String openSession(String codeOrId) {
		return openSession(codeOrId, null);
	}

	/** Opens a validation session with the caller's key (any string). */
	public String openSession(String codeOrId, String sessionKey) {
		return this.state.openSession(codeOrId, sessionKey);
	}

	// ---- inspection ------------------------------------------------------------------------

	/** The voucher as GET /v1/vouchers/{code} would return it; empty if absent or in the bin. */
	public Optional<JsonNode> voucher(String codeOrId) {
		return this.state.locked(() -> Optional.ofNullable(this.state.findOrNull(codeOrId)).map(VoucherJson::full));
	}

	/** Whether the code was soft-deleted: invisible through the API but still reserved. */
	public boolean isInBin(String code) {
		return this.state.isInBin(code);
	}

	/** The voucher's transactions, newest first, as the API lists them. */
	public List<JsonNode> transactions(String codeOrId) {
		return this.state.locked(() -> {
			StoredVoucher voucher = this.state.findOrNull(codeOrId);
			List<JsonNode> result = new ArrayList<>();
			if (voucher != null) {
				for (int i = voucher.transactions.size() - 1; i >= 0; i--) {
					result.add(VoucherJson.transaction(voucher, voucher.transactions.get(i)));
				}
			}
			return result;
		});
	}

	/** Keys of the voucher's open validation sessions. */
	public Set<String> openSessions(String codeOrId) {
		return this.state.locked(() -> {
			StoredVoucher voucher = this.state.findOrNull(codeOrId);
			return voucher == null ? Set.of() : Set.copyOf(voucher.sessions);
		});
	}

	/** Live vouchers (the bin excluded). */
	public int voucherCount() {
		return this.state.liveCount();
	}

	public RequestJournal journal() {
		return this.journal;
	}

	public FaultInjector faults() {
		return this.faults;
	}

	/**
	 * Forgets all vouchers, bin, exports and async actions; clears faults, journal, rate window
	 * and scripted job failures, and restores the job duration.
	 */
	public void reset() {
		this.state.clear();
		this.jobs.reset();
		this.faults.clear();
		this.journal.clear();
		this.rateLimiter.reset();
	}

	private static ObjectNode base(String code, String type) {
		ObjectNode json = Json.object();
		json.put("code", code);
		json.put("type", type);
		return json;
	}

	public static final class Builder {

		private String host = "127.0.0.1";

		private int port;

		private int downloadPort;

		private Duration jobDuration = Duration.ofSeconds(1);

		private String appId = DEFAULT_APP_ID;

		private String appToken = DEFAULT_APP_TOKEN;

		private int rateLimit;

		private Duration rateLimitWindow = Duration.ofMinutes(1);

		private long cycleQuota;

		private Clock clock = Clock.systemUTC();

		private Builder() {
		}

		/** 0 (the default) picks a free port. */
		public Builder port(int port) {
			if (port < 0 || port > 65535) {
				throw new IllegalArgumentException("port must be 0..65535, was " + port);
			}
			this.port = port;
			return this;
		}

		/** Port of the download listener; 0 (the default) picks a free port. */
		public Builder downloadPort(int downloadPort) {
			if (downloadPort < 0 || downloadPort > 65535) {
				throw new IllegalArgumentException("downloadPort must be 0..65535, was " + downloadPort);
			}
			this.downloadPort = downloadPort;
			return this;
		}

		/**
		 * How long CSV imports and exports take from ENQUEUED / SCHEDULED to DONE; one second by
		 * default, zero to finish them at once.
		 */
		public Builder jobDuration(Duration jobDuration) {
			this.jobDuration = Jobs.requireDuration(jobDuration);
			return this;
		}

		/** Bind address; loopback by default. */
		public Builder host(String host) {
			this.host = Objects.requireNonNull(host, "host");
			return this;
		}

		public Builder appId(String appId) {
			this.appId = Objects.requireNonNull(appId, "appId");
			return this;
		}

		public Builder appToken(String appToken) {
			this.appToken = Objects.requireNonNull(appToken, "appToken");
			return this;
		}

		/** Enforce a per-minute quota (429 with Retry-After past it); 0, the default, enforces none. */
		public Builder rateLimitPerMinute(int callsPerMinute) {
			return rateLimit(callsPerMinute, Duration.ofMinutes(1));
		}

		/**
		 * Enforce a quota of {@code calls} per fixed window of whole seconds, aligned to the epoch as the API's
		 * minute is (429 with {@code Retry-After} and {@code X-Rate-Limit-Type: api_calls} past it); a short
		 * window keeps tests of pacing quick. 0 calls enforces none.
		 */
		public Builder rateLimit(int calls, Duration window) {
			if (calls < 0) {
				throw new IllegalArgumentException("rate limit must be >= 0 calls, was " + calls);
			}
			if (window == null || window.toSeconds() < 1 || window.toMillis() % 1000 != 0) {
				throw new IllegalArgumentException("rate limit window must be whole seconds, at least 1s, was " + window);
			}
			this.rateLimit = calls;
			this.rateLimitWindow = window;
			return this;
		}

		/**
		 * Enforce a quota for the billing cycle (the emulator's life, until reset): past it every call gets a 429
		 * with {@code X-Rate-Limit-Type: api_calls_cycle} and no {@code Retry-After}. 0, the default, enforces none.
		 */
		public Builder cycleQuota(long calls) {
			if (calls < 0) {
				throw new IllegalArgumentException("cycle quota must be >= 0 calls, was " + calls);
			}
			this.cycleQuota = calls;
			return this;
		}

		/** The clock for timestamps and the rate-limit window. */
		public Builder clock(Clock clock) {
			this.clock = Objects.requireNonNull(clock, "clock");
			return this;
		}

		public VoucherifyEmulator start() {
			return new VoucherifyEmulator(this);
		}

	}

}
