package dev.vouchkit.voucherify.emulator;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

import io.netty.channel.ChannelOption;
import io.netty.handler.codec.http.HttpHeaderNames;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/**
 * The single entry point for every HTTP request. For the API routes it applies, in order: the
 * fault queue and latency for the matched operation, the gateway's size limit, authentication,
 * the rate limit, then the handler; every outcome is journaled. {@code /_emulator/...} goes to
 * the admin routes, which bypass all of that.
 */
final class Dispatcher implements BiFunction<HttpServerRequest, HttpServerResponse, Publisher<Void>> {

	static final String ADMIN_PREFIX = "_emulator";

	/** The export download carries its own token, as the API's download host does. */
	private static final Set<Operation> WITHOUT_APP_KEYS = Set.of(Operation.DOWNLOAD_EXPORT);

	/** A download link's token is a secret like the app token: the journal never keeps it. */
	private static final Pattern DOWNLOAD_TOKEN = Pattern.compile("([?&]token=)[^&]*");

	private final Router api;

	private final Router admin;

	private final String appId;

	private final String appToken;

	private final FaultInjector faults;

	private final RequestJournal journal;

	private final RateLimiter rateLimiter;

	private final Clock clock;

	Dispatcher(Router api, Router admin, String appId, String appToken, FaultInjector faults, RequestJournal journal,
			RateLimiter rateLimiter, Clock clock) {
		this.api = api;
		this.admin = admin;
		this.appId = appId;
		this.appToken = appToken;
		this.faults = faults;
		this.journal = journal;
		this.rateLimiter = rateLimiter;
		this.clock = clock;
	}

	@Override
	public Publisher<Void> apply(HttpServerRequest request, HttpServerResponse response) {
		RequestTarget target = RequestTarget.parse(request.uri());
		String method = request.method().name();
		String requestId = Ids.request();
		if (!target.segments().isEmpty() && target.segments().get(0).equals(ADMIN_PREFIX)) {
			return Mono.defer(() -> route(this.admin, method, target, request, requestId, null))
				.onErrorResume((ex) -> Mono.just(errorReply(ex, requestId)))
				.flatMap((reply) -> send(response, reply, null));
		}
		Router.Match match = this.api.match(method, target.segments());
		Operation operation = match.found() ? match.route().operation() : Operation.UNMATCHED;
		Fault fault = this.faults.next(operation);
		Duration latency = this.faults.latency(operation);
		// Without added latency, stay on the connection's event loop (no hop to a timer thread).
		Mono<?> delay = latency.isZero() ? Mono.empty() : Mono.delay(latency);
		return delay.then(Mono.defer(() -> {
			if (fault == Fault.ConnectionReset.BEFORE_READ) {
				record(operation, request, target, 0, fault);
				return reset(request);
			}
			RateLimiter.Window window = this.rateLimiter.acquire();
			if (fault instanceof Fault.LostReply lost) {
				return loseReply(lost, match, method, target, request, response, requestId, window, operation);
			}
			Mono<Reply> reply = (fault instanceof Fault.ScriptedReply scripted) ? Mono.just(scripted(scripted, requestId))
					: Mono.defer(() -> run(match, method, target, request, requestId, window, null));
			return reply.onErrorResume((ex) -> Mono.just(errorReply(ex, requestId))).flatMap((outcome) -> {
				if (fault == Fault.ConnectionReset.AFTER_APPLY) {
					record(operation, request, target, 0, fault);
					return reset(request);
				}
				record(operation, request, target, outcome.status(), fault);
				return send(response, outcome, window);
			});
		}));
	}

	/**
	 * Reads the whole request, applies it now, later or never, and answers with a reset, an
	 * error status or silence instead of its reply.
	 */
	private Mono<Void> loseReply(Fault.LostReply lost, Router.Match match, String method, RequestTarget target,
			HttpServerRequest request, HttpServerResponse response, String requestId, RateLimiter.Window window,
			Operation operation) {
		Mono<byte[]> body = BoundedBody.read(request, ErrorReply.MAX_PAYLOAD_BYTES)
			.onErrorResume((ex) -> Mono.just(new byte[0]));
		Mono<?> effect = switch (lost.effect()) {
			// The handler reads the body itself, multipart included.
			case APPLIED -> Mono.defer(() -> run(match, method, target, request, requestId, window, null))
				.onErrorResume((ex) -> Mono.empty());
			case NOT_APPLIED -> body;
			case APPLIED_LATER -> body.doOnNext((bytes) -> {
				this.faults.lateApplicationStarted();
				Mono.defer(() -> run(match, method, target, request, requestId, window, Mono.just(bytes)))
					.onErrorResume((ex) -> Mono.empty())
					.delaySubscription(this.faults.lateApplicationDue(lost.applyAfter()))
					.doFinally((signal) -> this.faults.lateApplicationEnded())
					.subscribe();
			});
		};
		return effect.then(Mono.defer(() -> {
			int status = (lost.answer() == Fault.LostReply.Answer.STATUS) ? lost.status() : 0;
			record(operation, request, target, status, lost);
			return switch (lost.answer()) {
				case RESET -> reset(request);
				case STATUS -> send(response, errorReply(ErrorReply.forStatus(status), requestId), window);
				case NO_REPLY -> Mono.<Void>create((sink) -> request.withConnection(
						(connection) -> connection.onDispose(sink::success)));
			};
		}));
	}

	/** Runs the operation; {@code body} is the request body when it was read already, else null. */
	private Mono<Reply> run(Router.Match match, String method, RequestTarget target, HttpServerRequest request,
			String requestId, RateLimiter.Window window, Mono<byte[]> body) {
		if (contentLength(request) > ErrorReply.MAX_PAYLOAD_BYTES) {
			throw ErrorReply.payloadTooLarge();
		}
		Operation operation = match.found() ? match.route().operation() : Operation.UNMATCHED;
		if (!WITHOUT_APP_KEYS.contains(operation) && !authorized(request)) {
			throw ErrorReply.unauthorized();
		}
		if (window.exceeded()) {
			Reply tooMany = errorReply(ErrorReply.tooManyRequests(), requestId)
				.withHeader("X-Rate-Limit-Type", window.exceededType());
			if (RateLimiter.WINDOW_LIMIT_TYPE.equals(window.exceededType())) {
				long retryAfter = Math.max(1, window.resetEpochSecond() - this.clock.instant().getEpochSecond());
				tooMany.withHeader("Retry-After", Long.toString(retryAfter));
			}
			return Mono.just(tooMany);
		}
		return route(this.api, method, target, request, requestId, body);
	}

	private Mono<Reply> route(Router router, String method, RequestTarget target, HttpServerRequest request,
			String requestId, Mono<byte[]> body) {
		Router.Match match = router.match(method, target.segments());
		if (!match.found()) {
			if (match.allowedMethods().isEmpty()) {
				throw ErrorReply.routeNotFound(method, target.rawPath());
			}
			String allowed = String.join(", ", match.allowedMethods());
			return Mono.just(errorReply(ErrorReply.methodNotAllowed(allowed), requestId).withHeader("Allow", allowed));
		}
		Exchange exchange = (body != null) ? new Exchange(request, target, match.pathValues(), requestId, body)
				: new Exchange(request, target, match.pathValues(), requestId);
		return match.route().handler().handle(exchange);
	}

	private static long contentLength(HttpServerRequest request) {
		try {
			return Long.parseLong(request.requestHeaders().get(HttpHeaderNames.CONTENT_LENGTH, "-1").trim());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	private boolean authorized(HttpServerRequest request) {
		return this.appId.equals(request.requestHeaders().get("X-App-Id"))
				&& this.appToken.equals(request.requestHeaders().get("X-App-Token"));
	}

	private static Reply scripted(Fault.ScriptedReply scripted, String requestId) {
		Reply reply = (scripted.body() == null) ? errorReply(ErrorReply.forStatus(scripted.status()), requestId)
				: new Reply(scripted.status(), Reply.JSON, scripted.body().getBytes(StandardCharsets.UTF_8),
						new LinkedHashMap<>());
		if (scripted.retryAfter() != null) {
			reply.withHeader("Retry-After", Long.toString(scripted.retryAfter().toSeconds()));
		}
		return reply;
	}

	static Reply errorReply(Throwable ex, String requestId) {
		ErrorReply error = (ex instanceof ErrorReply apiError) ? apiError : ErrorReply.internal(String.valueOf(ex));
		return Reply.json(error.status, error.toJson(requestId));
	}

	private void record(Operation operation, HttpServerRequest request, RequestTarget target, int status, Fault fault) {
		Map<String, String> headers = new LinkedHashMap<>();
		request.requestHeaders().forEach((header) -> {
			String name = header.getKey().toLowerCase();
			if (!name.equals("x-app-token")) {
				headers.merge(name, header.getValue(), (a, b) -> a + ", " + b);
			}
		});
		String faultName = (fault == null) ? null
				: (fault instanceof Fault.ConnectionReset reset) ? "RESET_" + reset.name()
				: (fault instanceof Fault.LostReply lost) ? lost.describe() : "SCRIPTED_REPLY";
		this.journal.record(new RequestJournal.Entry(this.clock.instant(), operation, request.method().name(),
				DOWNLOAD_TOKEN.matcher(target.rawPathAndQuery()).replaceAll("$1******"), Map.copyOf(headers), status,
				faultName));
	}

	/** Closes with SO_LINGER 0, which makes the close a TCP reset rather than an orderly FIN. */
	private static Mono<Void> reset(HttpServerRequest request) {
		request.withConnection((connection) -> {
			connection.channel().config().setOption(ChannelOption.SO_LINGER, 0);
			connection.channel().close();
		});
		return Mono.empty();
	}

	private static Mono<Void> send(HttpServerResponse response, Reply reply, RateLimiter.Window window) {
		response.status(reply.status());
		if (window != null) {
			response.header("X-Rate-Limit-Limit", Integer.toString(window.limit()));
			response.header("X-Rate-Limit-Remaining", Integer.toString(window.remaining()));
			response.header("X-Rate-Limit-Retry", Long.toString(window.resetEpochSecond()));
		}
		reply.headers().forEach(response::header);
		if (reply.status() == 204) {
			return response.send();
		}
		response.header(HttpHeaderNames.CONTENT_TYPE, reply.contentType());
		return response.sendByteArray(Mono.just(reply.body())).then();
	}

}
