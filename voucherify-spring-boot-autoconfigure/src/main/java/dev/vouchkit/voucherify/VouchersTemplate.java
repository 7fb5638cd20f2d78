package dev.vouchkit.voucherify;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import io.netty.handler.timeout.ReadTimeoutException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

import org.springframework.core.codec.CodecException;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.http.codec.json.JacksonJsonDecoder;
import org.springframework.http.codec.json.JacksonJsonEncoder;
import org.springframework.util.Assert;
import org.springframework.util.MultiValueMap;
import org.springframework.util.StringUtils;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.UnsupportedMediaTypeException;
import org.springframework.web.reactive.function.client.WebClientRequestException;

import dev.vouchkit.voucherify.model.AsyncAction;
import dev.vouchkit.voucherify.model.BalanceUpdateRequest;
import dev.vouchkit.voucherify.model.BalanceUpdateResponse;
import dev.vouchkit.voucherify.model.CsvImportResponse;
import dev.vouchkit.voucherify.model.ExportStatus;
import dev.vouchkit.voucherify.model.ExportTransactionsRequest;
import dev.vouchkit.voucherify.model.ListTransactionsQuery;
import dev.vouchkit.voucherify.model.ListVouchersQuery;
import dev.vouchkit.voucherify.model.TransactionsExport;
import dev.vouchkit.voucherify.model.Voucher;
import dev.vouchkit.voucherify.model.VoucherList;
import dev.vouchkit.voucherify.model.VoucherTransaction;
import dev.vouchkit.voucherify.model.VoucherTransactionList;

/**
 * {@link VouchersOperations} over Spring's {@link WebClient}.
 * <p>
 * In a Spring Boot application the auto-configuration creates one from the
 * {@code voucherify.*} properties. Elsewhere, build one by hand:
 * <pre class="code">
 * VouchersOperations vouchers = VouchersTemplate.builder()
 *     .appId(System.getenv("VOUCHERIFY_APP_ID"))
 *     .appToken(System.getenv("VOUCHERIFY_APP_TOKEN"))
 *     .build();
 * Voucher card = vouchers.blocking().getVoucher("GIFT-2024");
 * </pre>
 * Every reply that is not a success becomes a {@link VoucherifyException}; the app token
 * is sent below WebClient (see {@link ApiHeadersConnector}) so WebClient's request
 * logging never shows it.
 */
public final class VouchersTemplate implements VouchersOperations {

	/** Europe, the default cluster. */
	public static final String DEFAULT_BASE_URL = "https://api.voucherify.io";

	/** Most redirects one read follows when {@link Builder#followRedirects(boolean)} is on. */
	public static final int MAX_REDIRECTS = 3;

	/** Default of {@link Builder#reconciliationSettleDelay(Duration)}. */
	public static final Duration DEFAULT_SETTLE_DELAY = Duration.ofSeconds(3);

	/** Default of {@link Builder#reconciliationLookBack(Duration)}. */
	public static final Duration DEFAULT_LOOK_BACK = Duration.ofMinutes(5);

	/** Default wait after an await's first poll, see {@link Builder#jobPolling}. */
	public static final Duration DEFAULT_JOB_INITIAL_INTERVAL = Duration.ofMillis(500);

	/** Default factor an await's wait between polls grows by, see {@link Builder#jobPolling}. */
	public static final double DEFAULT_JOB_MULTIPLIER = 1.5;

	/** Default longest wait between an await's polls, see {@link Builder#jobPolling}. */
	public static final Duration DEFAULT_JOB_MAX_INTERVAL = Duration.ofSeconds(10);

	/** Default deadline of an await, see {@link Builder#jobPolling}. */
	public static final Duration DEFAULT_JOB_TIMEOUT = Duration.ofMinutes(10);

	/** How long the builder's connector waits for a connection unless told otherwise. */
	public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);

	/** How long an attempt waits for a reply once sent unless told otherwise. */
	public static final Duration DEFAULT_RESPONSE_TIMEOUT = Duration.ofSeconds(10);

	/** Longest wait of one call through {@link #blocking()} unless told otherwise. */
	public static final Duration DEFAULT_BLOCKING_TIMEOUT = Duration.ofSeconds(30);

	/** Largest reply body, in bytes, held in memory for decoding unless told otherwise. */
	public static final int DEFAULT_MAX_IN_MEMORY_SIZE = 2 * 1024 * 1024;

	/** The highest page {@code GET /v1/vouchers} accepts. */
	static final int MAX_VOUCHER_PAGE = 99;

	private static final String VOUCHER_PATH = "/v1/vouchers/{code}";

	private static final Log logger = LogFactory.getLog(VouchersTemplate.class);

	private final WebClient webClient;

	private final URI baseUrl;

	private final ApiUris uris;

	private final VoucherifyOperationDecorator decorator;

	private final List<VoucherifyExchangeListener> exchangeListeners;

	private final Map<VoucherifyOperation, Duration> responseTimeouts;

	private final Duration blockingTimeout;

	private final boolean followRedirects;

	private final JobPolling jobPolling;

	private final ExportDownload exportDownload;

	private final BlockingVouchersOperations blocking;

	private final @Nullable BalanceReconciler reconciler;

	private final VouchersResponseOperations withResponse = new ResponseView();

	private VouchersTemplate(Builder builder) {
		this.baseUrl = builder.baseUrl;
		this.uris = new ApiUris(builder.baseUrl);
		this.decorator = builder.decorator;
		this.exchangeListeners = List.copyOf(builder.exchangeListeners);
		this.responseTimeouts = new EnumMap<>(VoucherifyOperation.class);
		for (VoucherifyOperation operation : VoucherifyOperation.values()) {
			this.responseTimeouts.put(operation,
					builder.operationResponseTimeouts.getOrDefault(operation, builder.responseTimeout));
		}
		this.blockingTimeout = builder.blockingTimeout;
		this.followRedirects = builder.followRedirects;
		this.webClient = builder.buildWebClient();
		this.jobPolling = builder.jobPolling;
		this.exportDownload = new ExportDownload(builder.downloadConnector(), this.baseUrl,
				Objects.requireNonNull(builder.appId), Objects.requireNonNull(builder.appToken), builder.channel,
				VoucherifyJson.MAPPER);
		// A second past the awaits' own deadline, so that theirs, saying what the last poll saw, comes first.
		this.blocking = new BlockingVouchersTemplate(this, this.blockingTimeout,
				this.jobPolling.timeout().plusSeconds(1));
		this.reconciler = builder.reconcileBalanceUpdates ? new BalanceReconciler(this, builder.settleDelay,
				builder.lookBack, builder.resendNotApplied, Clock.systemUTC()) : null;
	}

	/**
	 * Starts building a template.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	@Override
	public Mono<Voucher> getVoucher(String code) {
		return getVoucherCall(code).body();
	}

	@Override
	public Mono<VoucherList> listVouchers(ListVouchersQuery query) {
		return listVouchersCall(query).body();
	}

	@Override
	public Mono<Void> deleteVoucher(String code, boolean force) {
		return deleteVoucherCall(code, force).body();
	}

	@Override
	public Mono<Voucher> enableVoucher(String code) {
		return enableVoucherCall(code).body();
	}

	@Override
	public Mono<Voucher> disableVoucher(String code) {
		return disableVoucherCall(code).body();
	}

	/**
	 * {@inheritDoc}
	 * <p>
	 * The request is sent with the caller's {@code source_id}, or with one generated here
	 * ({@link BalanceUpdateRequest#newSourceId()}) once per returned {@code Mono}, so a
	 * resubscription sends the same one. When an attempt's reply is lost, the outcome is
	 * settled from the voucher's transactions (see {@link Builder#balanceReconciliation}).
	 */
	@Override
	public Mono<BalanceUpdateResponse> updateVoucherBalance(String code, BalanceUpdateRequest request) {
		return updateVoucherBalanceCall(code, request).body();
	}

	@Override
	public Mono<VoucherTransactionList> listVoucherTransactions(String code, ListTransactionsQuery query) {
		return listVoucherTransactionsCall(code, query).body();
	}

	@Override
	public Mono<TransactionsExport> exportVoucherTransactions(String code, ExportTransactionsRequest request) {
		return exportVoucherTransactionsCall(code, request).body();
	}

	@Override
	public Mono<CsvImportResponse> importVouchersUsingCsv(CsvImport csv) {
		return importVouchersUsingCsvCall(csv).body();
	}

	@Override
	public Mono<Void> releaseValidationSession(String code, String sessionKey) {
		return releaseValidationSessionCall(code, sessionKey).body();
	}

	private Call<Voucher> getVoucherCall(String code) {
		requireSegment(code, "code");
		return new Call<>(VoucherifyOperation.GET_VOUCHER, Voucher.class, request(HttpMethod.GET, VOUCHER_PATH, code));
	}

	private Call<VoucherList> listVouchersCall(ListVouchersQuery query) {
		Assert.notNull(query, "query must not be null");
		return new Call<>(VoucherifyOperation.LIST_VOUCHERS, VoucherList.class,
				request(HttpMethod.GET, "/v1/vouchers", query.toQueryParameters()));
	}

	private Call<Void> deleteVoucherCall(String code, boolean force) {
		requireSegment(code, "code");
		Map<String, List<String>> query = force ? Map.of("force", List.of("true")) : Map.of();
		return new Call<>(VoucherifyOperation.DELETE_VOUCHER, Void.class,
				request(HttpMethod.DELETE, VOUCHER_PATH, query, code));
	}

	private Call<Voucher> enableVoucherCall(String code) {
		requireSegment(code, "code");
		return new Call<>(VoucherifyOperation.ENABLE_VOUCHER, Voucher.class,
				request(HttpMethod.POST, VOUCHER_PATH + "/enable", code));
	}

	private Call<Voucher> disableVoucherCall(String code) {
		requireSegment(code, "code");
		return new Call<>(VoucherifyOperation.DISABLE_VOUCHER, Voucher.class,
				request(HttpMethod.POST, VOUCHER_PATH + "/disable", code));
	}

	private Call<BalanceUpdateResponse> updateVoucherBalanceCall(String code, BalanceUpdateRequest request) {
		requireSegment(code, "code");
		Assert.notNull(request, "request must not be null");
		BalanceUpdateRequest sent = (request.sourceId() != null) ? request
				: request.withSourceId(BalanceUpdateRequest.newSourceId());
		String sourceId = sent.sourceId();
		return new Call<>(VoucherifyOperation.UPDATE_VOUCHER_BALANCE, BalanceUpdateResponse.class,
				request(HttpMethod.POST, VOUCHER_PATH + "/balance", code)
					.contentType(MediaType.APPLICATION_JSON)
					.bodyValue(sent),
				(attempt) -> {
					Mono<BalanceUpdateResponse> replied = attempt.map((reply) -> reply.withSourceId(sourceId));
					return (this.reconciler != null) ? this.reconciler.settle(code, sent, replied) : replied;
				}, (ex) -> ex.attachBalanceUpdate(sourceId, null));
	}

	private Call<VoucherTransactionList> listVoucherTransactionsCall(String code, ListTransactionsQuery query) {
		requireSegment(code, "code");
		Assert.notNull(query, "query must not be null");
		return new Call<>(VoucherifyOperation.LIST_VOUCHER_TRANSACTIONS, VoucherTransactionList.class,
				request(HttpMethod.GET, VOUCHER_PATH + "/transactions", query.toQueryParameters(), code));
	}

	private Call<TransactionsExport> exportVoucherTransactionsCall(String code, ExportTransactionsRequest request) {
		requireSegment(code, "code");
		Assert.notNull(request, "request must not be null");
		return new Call<>(VoucherifyOperation.EXPORT_VOUCHER_TRANSACTIONS, TransactionsExport.class,
				request(HttpMethod.POST, VOUCHER_PATH + "/transactions/export", code)
					.contentType(MediaType.APPLICATION_JSON)
					.bodyValue(request));
	}

	private Call<CsvImportResponse> importVouchersUsingCsvCall(CsvImport csv) {
		Assert.notNull(csv, "csv must not be null");
		return new Call<>(VoucherifyOperation.IMPORT_VOUCHERS_USING_CSV, CsvImportResponse.class,
				request(HttpMethod.POST, "/v1/vouchers/importCSV")
					.contentType(MediaType.MULTIPART_FORM_DATA)
					.body(BodyInserters.fromMultipartData(multipart(csv))));
	}

	private Call<Void> releaseValidationSessionCall(String code, String sessionKey) {
		requireSegment(code, "code");
		requireSegment(sessionKey, "sessionKey");
		return new Call<>(VoucherifyOperation.RELEASE_VALIDATION_SESSION, Void.class,
				request(HttpMethod.DELETE, VOUCHER_PATH + "/sessions/{sessionKey}", code, sessionKey));
	}

	@Override
	public Mono<AsyncAction> getAsyncAction(String asyncActionId) {
		return getAsyncActionCall(asyncActionId).body();
	}

	@Override
	public Mono<TransactionsExport> getExport(String exportId) {
		return getExportCall(exportId).body();
	}

	private Call<AsyncAction> getAsyncActionCall(String asyncActionId) {
		requireSegment(asyncActionId, "asyncActionId");
		return new Call<>(VoucherifyOperation.GET_ASYNC_ACTION, AsyncAction.class,
				request(HttpMethod.GET, "/v1/async-actions/{id}", asyncActionId));
	}

	private Call<TransactionsExport> getExportCall(String exportId) {
		requireSegment(exportId, "exportId");
		return new Call<>(VoucherifyOperation.GET_EXPORT, TransactionsExport.class,
				request(HttpMethod.GET, "/v1/exports/{id}", exportId));
	}

	@Override
	public Mono<AsyncAction> awaitImport(String asyncActionId) {
		requireSegment(asyncActionId, "asyncActionId");
		return this.decorator.decorate(VoucherifyOperation.AWAIT_IMPORT,
				this.jobPolling.await(VoucherifyOperation.AWAIT_IMPORT, asyncActionId, getAsyncAction(asyncActionId),
						AsyncAction::isFinished, AsyncAction::status, AsyncAction::progress));
	}

	@Override
	public Mono<TransactionsExport> awaitExport(String exportId) {
		requireSegment(exportId, "exportId");
		VoucherifyOperation await = VoucherifyOperation.AWAIT_EXPORT;
		Mono<TransactionsExport> finished = this.jobPolling
			.await(await, exportId, getExport(exportId), TransactionsExport::isFinished, TransactionsExport::status,
					(export) -> null)
			.flatMap((export) -> {
				if (ExportStatus.ERROR.equals(export.status())) {
					return Mono.error(new VoucherifyExportFailedException(
							"awaitExport: export " + exportId + " ended with status ERROR, without a file", await, export));
				}
				if (export.result() == null || !StringUtils.hasText(export.result().url())) {
					return Mono.error(new VoucherifyResponseFormatException(
							"awaitExport: export " + exportId + " is DONE but has no result.url", await, 200, null));
				}
				return Mono.just(export);
			});
		return this.decorator.decorate(await, finished);
	}

	@Override
	public Flux<DataBuffer> downloadExport(TransactionsExport export) {
		URI url = this.exportDownload.fileUrl(export);
		return this.decorator
			.decorate(VoucherifyOperation.DOWNLOAD_EXPORT, this.exportDownload.open(url, export.id()))
			.flatMapMany(ExportDownload::body);
	}

	@Override
	public Flux<Map<String, String>> downloadExportRows(TransactionsExport export) {
		return CsvRows.parse(downloadExport(export));
	}

	@Override
	public Flux<Voucher> streamVouchers(ListVouchersQuery query) {
		Assert.notNull(query, "query must not be null");
		return new VoucherPaging(this, query).stream();
	}

	@Override
	public Flux<VoucherTransaction> streamVoucherTransactions(String code, ListTransactionsQuery query) {
		requireSegment(code, "code");
		Assert.notNull(query, "query must not be null");
		return new TransactionPaging(this, code, query).stream();
	}

	@Override
	public BlockingVouchersOperations blocking() {
		return this.blocking;
	}

	@Override
	public VouchersResponseOperations withResponse() {
		return this.withResponse;
	}

	/**
	 * The base URL calls go to.
	 * @return the base URL
	 */
	public URI getBaseUrl() {
		return this.baseUrl;
	}

	private static MultiValueMap<String, HttpEntity<?>> multipart(CsvImport csv) {
		MultipartBodyBuilder parts = new MultipartBodyBuilder();
		MediaType csvType = MediaType.parseMediaType("text/csv");
		if (csv.resource() != null) {
			parts.part("file", csv.resource(), csvType).filename(csv.filename());
		}
		else {
			parts.asyncPart("file", Objects.requireNonNull(csv.content()), DataBuffer.class)
				.filename(csv.filename())
				.contentType(csvType);
		}
		if (csv.webhooksEnable() != null) {
			parts.part("webhooks_enable", csv.webhooksEnable().toString());
		}
		return parts.build();
	}

	/**
	 * Sends one attempt of a call, maps a 2xx reply with {@code success} and every other
	 * outcome to a {@link VoucherifyException}.
	 * <p>
	 * The attempt is bounded as a whole, from the moment its request is written until the
	 * reply's last byte, so a reply that trickles in cannot hold a call open. That bound
	 * also covers every gap between two reads, so the connector is given no read timeout
	 * of its own: Reactor Netty would add and remove a handler on the connection for every
	 * request to keep one.
	 */
	private <R> Mono<R> attempt(VoucherifyOperation operation, WebClient.RequestHeadersSpec<?> request,
			Function<ClientResponse, Mono<R>> success) {
		Duration responseTimeout = this.responseTimeouts.get(operation);
		return ReplyDeadline.bound(exchange(operation, request, success, 0), responseTimeout, (ex) -> {
			if (ex instanceof VoucherifyException) {
				return ex;
			}
			VoucherifyException failure = translate(operation, ex, responseTimeout);
			notifyExchange(operation, 0, null, failure.getClass().getSimpleName(),
					VoucherifyErrorResponse.RateLimit.NONE);
			return failure;
		});
	}

	private <R> Mono<R> exchange(VoucherifyOperation operation, WebClient.RequestHeadersSpec<?> request,
			Function<ClientResponse, Mono<R>> success, int redirectsFollowed) {
		return request.exchangeToMono((response) -> response.statusCode().is3xxRedirection()
					? redirected(operation, response, success, redirectsFollowed)
					: readReply(operation, response, success));
	}

	/**
	 * A 3xx reply. Voucherify does not redirect its API calls, so by default none is
	 * followed; with {@link Builder#followRedirects(boolean)} a read follows a few within
	 * the API's origin, never carrying the credentials or a body anywhere else.
	 */
	private <R> Mono<R> redirected(VoucherifyOperation operation, ClientResponse response,
			Function<ClientResponse, Mono<R>> success, int redirectsFollowed) {
		HttpHeaders headers = response.headers().asHttpHeaders();
		URI requestUri = response.request().getURI();
		String rawLocation = headers.getFirst(HttpHeaders.LOCATION);
		URI location = VoucherifyRedirectException.safeLocation(requestUri, rawLocation);
		VoucherifyErrorResponse reply = new VoucherifyErrorResponse(response.statusCode().value(), null, null,
				VoucherifyErrorResponse.RateLimit.from(headers));
		String refusal;
		if (!this.followRedirects) {
			refusal = "the Voucherify API does not redirect its calls, so redirects are not followed"
					+ " (voucherify.follow-redirects)";
		}
		else if (response.request().getMethod() != HttpMethod.GET) {
			refusal = "only reads follow redirects; a call that changes state is never sent again";
		}
		else if (location == null || !sameOrigin(location, this.baseUrl)) {
			refusal = "redirects are followed only within " + origin(this.baseUrl) + ", never to another origin";
		}
		else if (redirectsFollowed >= MAX_REDIRECTS) {
			refusal = "too many redirects (" + MAX_REDIRECTS + " followed)";
		}
		else {
			URI next = requestUri.resolve(rawLocation.trim());
			return response.releaseBody()
				.then(exchange(operation, this.webClient.get().uri(next), success, redirectsFollowed + 1));
		}
		notifyExchange(operation, reply.status(), null, "redirect_refused", reply.rateLimit());
		return response.releaseBody()
			.then(Mono.error(new VoucherifyRedirectException(refusal, reply, location, operation)));
	}

	private static boolean sameOrigin(URI one, URI other) {
		return one.getScheme().equalsIgnoreCase(other.getScheme()) && one.getHost().equalsIgnoreCase(other.getHost())
				&& port(one) == port(other);
	}

	private static String origin(URI uri) {
		return uri.getScheme() + "://" + uri.getHost() + ":" + port(uri);
	}

	private void notifyExchange(VoucherifyOperation operation, int status, @Nullable String requestId,
			@Nullable String error, VoucherifyErrorResponse.RateLimit rateLimit) {
		if (this.exchangeListeners.isEmpty()) {
			return;
		}
		VoucherifyExchange exchange = new VoucherifyExchange(Instant.now(), operation, status, requestId, error,
				rateLimit);
		for (VoucherifyExchangeListener listener : this.exchangeListeners) {
			try {
				listener.onExchange(exchange);
			}
			catch (RuntimeException ex) {
				logger.warn("Voucherify exchange listener " + listener + " failed; the call goes on", ex);
			}
		}
	}

	private <R> Mono<R> readReply(VoucherifyOperation operation, ClientResponse response,
			Function<ClientResponse, Mono<R>> success) {
		int status = response.statusCode().value();
		if (response.statusCode().is2xxSuccessful()) {
			notifyExchange(operation, status, null, null,
					VoucherifyErrorResponse.RateLimit.from(response.headers().asHttpHeaders()));
			return success.apply(response);
		}
		HttpHeaders headers = response.headers().asHttpHeaders();
		return response.bodyToMono(String.class)
			.onErrorResume(DataBufferLimitException.class, (ex) -> Mono.just("<error body larger than the buffer limit>"))
			.defaultIfEmpty("")
			.flatMap((body) -> {
				VoucherifyErrorResponse error = VoucherifyErrorResponse.parse(status, headers, body,
						VoucherifyJson.MAPPER);
				notifyExchange(operation, status, error.requestId(), error.key(), error.rateLimit());
				return Mono.error(error.toException(operation));
			});
	}

	/** The body of a 2xx reply; empty for operations that reply with none. */
	private static <T> Mono<T> readBody(VoucherifyOperation operation, Class<T> replyType, ClientResponse response) {
		int status = response.statusCode().value();
		if (replyType == Void.class) {
			return response.releaseBody().then(Mono.empty());
		}
		return response.bodyToMono(replyType)
			.onErrorMap((ex) -> ex instanceof CodecException || ex instanceof UnsupportedMediaTypeException,
					(ex) -> new VoucherifyResponseFormatException(operation.methodName() + " received HTTP " + status
							+ " with a body that is not a " + replyType.getSimpleName() + ": " + ex.getMessage(),
							operation, status, ex))
			.switchIfEmpty(Mono.error(() -> new VoucherifyResponseFormatException(operation.methodName()
					+ " received HTTP " + status + " without the expected " + replyType.getSimpleName() + " body",
					operation, status, null)));
	}

	private VoucherifyException translate(VoucherifyOperation operation, Throwable ex, Duration responseTimeout) {
		String what = operation.methodName();
		Throwable cause = (ex instanceof WebClientRequestException) ? ex.getCause() : ex;
		if (cause instanceof ApiHeadersConnector.ConnectorFollowedRedirectException redirect) {
			return new VoucherifyRedirectException(
					"the HTTP connector followed it by itself, so nothing was sent there; configure the connector"
							+ " not to follow redirects",
					new VoucherifyErrorResponse(0, null, null, VoucherifyErrorResponse.RateLimit.NONE),
					VoucherifyRedirectException.safeLocation(redirect.from(), redirect.to().toString()), operation);
		}
		// Before the timeouts: waiting too long for a connection is a TimeoutException too.
		if (refusedByConnectionPool(cause)) {
			return new VoucherifyTransportException(what + " got no free connection to " + this.baseUrl.getHost()
					+ " (" + describe(cause) + "); the request was not sent", operation, false, ex);
		}
		if (cause instanceof ReadTimeoutException || cause instanceof TimeoutException) {
			return new VoucherifyResponseTimeoutException(what + " got no reply from " + this.baseUrl.getHost()
					+ " within " + responseTimeout + "; the request was sent, so its outcome is unknown", operation, ex);
		}
		if (neverSent(cause)) {
			return new VoucherifyTransportException(what + " could not connect to " + this.baseUrl.getHost() + ":"
					+ port(this.baseUrl) + " (" + describe(cause) + "); the request was not sent", operation, false, ex);
		}
		if (cause instanceof DataBufferLimitException) {
			return new VoucherifyResponseFormatException(what + " received a reply larger than max-in-memory-size ("
					+ cause.getMessage() + ")", operation, 200, ex);
		}
		if (cause instanceof CodecException || cause instanceof IllegalArgumentException) {
			return new VoucherifyResponseFormatException(what + " could not be sent or read: " + describe(cause),
					operation, 0, ex);
		}
		return new VoucherifyTransportException(what + " failed in transport (" + describe(cause)
				+ "); the request may have reached the server, so its outcome is unknown", operation, true, ex);
	}

	/** Failures that happen before a single byte of the request is written. */
	static boolean neverSent(@Nullable Throwable ex) {
		return refusedByConnectionPool(ex) || inCauses(ex, (current) -> current instanceof ConnectException
				|| current instanceof UnknownHostException || current instanceof UnresolvedAddressException);
	}

	/**
	 * Reactor Netty's pool gave the request no connection: too many calls were waiting for
	 * one, or it waited too long. Matched by name: the pool's exceptions are in a shaded,
	 * internal package of Reactor Netty's.
	 */
	private static boolean refusedByConnectionPool(@Nullable Throwable ex) {
		return inCauses(ex, (current) -> current.getClass().getSimpleName().equals("PoolAcquirePendingLimitException")
				|| current.getClass().getSimpleName().equals("PoolAcquireTimeoutException"));
	}

	/** Whether the exception or any of its causes passes the test. */
	static boolean inCauses(@Nullable Throwable ex, Predicate<Throwable> test) {
		for (Throwable current = ex; current != null; current = current.getCause()) {
			if (test.test(current)) {
				return true;
			}
			if (current.getCause() == current) {
				break;
			}
		}
		return false;
	}

	private static String describe(@Nullable Throwable ex) {
		if (ex == null) {
			return "no cause";
		}
		String message = ex.getMessage();
		return ex.getClass().getSimpleName() + (StringUtils.hasText(message) ? ": " + message : "");
	}

	private static int port(URI uri) {
		if (uri.getPort() != -1) {
			return uri.getPort();
		}
		return "http".equalsIgnoreCase(uri.getScheme()) ? 80 : 443;
	}

	/** A request to the API at the path template with its variables and query, see {@link ApiUris}. */
	private WebClient.RequestBodySpec request(HttpMethod method, String template, Map<String, List<String>> query,
			String... values) {
		return this.webClient.method(method)
			.uri(this.uris.expand(template, query, values))
			// What WebClient keeps when given the template itself, for the http.client.requests uri tag.
			.attribute(ApiUris.URI_TEMPLATE_ATTRIBUTE, this.uris.template(template));
	}

	private WebClient.RequestBodySpec request(HttpMethod method, String template, String... values) {
		return request(method, template, Map.of(), values);
	}

	/** Checks a value sent as a path segment: dot-segments would be resolved away by any HTTP path handling. */
	private static void requireSegment(@Nullable String value, String name) {
		requireText(value, name);
		if (".".equals(value) || "..".equals(value)) {
			throw new IllegalArgumentException(name + " '" + value + "' is a dot-segment that an HTTP path cannot"
					+ " carry; address the voucher by its id (v_...) instead");
		}
	}

	private static void requireText(@Nullable String value, String name) {
		if (value == null || value.isEmpty()) {
			throw new IllegalArgumentException(name + " must not be null or empty");
		}
		if (value.isBlank()) {
			throw new IllegalArgumentException(name + " must not be blank");
		}
	}

	@Override
	public String toString() {
		return "VouchersTemplate[baseUrl=" + this.baseUrl + ", decorator=" + this.decorator + ", blockingTimeout="
				+ this.blockingTimeout + ", reconciler=" + ((this.reconciler != null) ? this.reconciler : "off") + "]";
	}

	/**
	 * One call, checked and built; sent on subscription, replying with its body or its whole
	 * response. {@code settle} works on each attempt inside the decorator (a balance update's
	 * reconciliation); {@code onFailure} sees the call's failure.
	 */
	private final class Call<T> {

		private final VoucherifyOperation operation;

		private final Class<T> replyType;

		private final WebClient.RequestHeadersSpec<?> request;

		private final @Nullable Function<Mono<T>, Mono<T>> settle;

		private final @Nullable Consumer<VoucherifyException> onFailure;

		Call(VoucherifyOperation operation, Class<T> replyType, WebClient.RequestHeadersSpec<?> request) {
			this(operation, replyType, request, null, null);
		}

		/**
		 * @param settle works on each attempt, or {@code null}
		 * @param onFailure sees the call's failure, or {@code null}
		 */
		Call(VoucherifyOperation operation, Class<T> replyType, WebClient.RequestHeadersSpec<?> request,
				@Nullable Function<Mono<T>, Mono<T>> settle, @Nullable Consumer<VoucherifyException> onFailure) {
			this.operation = operation;
			this.replyType = replyType;
			this.request = request;
			this.settle = settle;
			this.onFailure = onFailure;
		}

		Mono<T> body() {
			return send((response) -> readBody(this.operation, this.replyType, response));
		}

		/**
		 * The body with the status and headers of the attempt that brought it. A balance
		 * update settled by reconciliation has no reply of its own: it comes with status 200,
		 * no headers and no rate-limit values, and {@code body().isReconciled()}.
		 */
		Mono<VoucherifyResponse<T>> response() {
			return Mono.defer(() -> {
				// The head of the last attempt's reply, the one whose body is returned.
				AtomicReference<VoucherifyResponse<Void>> head = new AtomicReference<>();
				return send((response) -> {
					head.set(VoucherifyResponse.of(response.statusCode().value(), response.headers().asHttpHeaders(),
							null));
					return readBody(this.operation, this.replyType, response);
				}).map((body) -> withHead(head.get(), body))
					.switchIfEmpty(Mono.fromSupplier(() -> withHead(head.get(), null)));
			});
		}

		private VoucherifyResponse<T> withHead(@Nullable VoucherifyResponse<Void> head, @Nullable T body) {
			if (head == null || (body instanceof BalanceUpdateResponse update && update.isReconciled())) {
				return VoucherifyResponse.of(HttpStatus.OK.value(), HttpHeaders.EMPTY, body);
			}
			return new VoucherifyResponse<>(head.status(), head.headers(), body, head.rateLimit());
		}

		// Most calls have neither hook: no operator is added for them, as each one costs every call.
		private Mono<T> send(Function<ClientResponse, Mono<T>> success) {
			Mono<T> attempt = attempt(this.operation, this.request, success);
			Mono<T> settled = (this.settle != null) ? this.settle.apply(attempt) : attempt;
			Mono<T> decorated = VouchersTemplate.this.decorator.decorate(this.operation, settled);
			return (this.onFailure != null) ? decorated.doOnError(VoucherifyException.class, this.onFailure)
					: decorated;
		}

	}

	/** {@link #withResponse()}: the same calls, replying with their whole response. */
	private final class ResponseView implements VouchersResponseOperations {

		@Override
		public Mono<VoucherifyResponse<Voucher>> getVoucher(String code) {
			return getVoucherCall(code).response();
		}

		@Override
		public Mono<VoucherifyResponse<VoucherList>> listVouchers(ListVouchersQuery query) {
			return listVouchersCall(query).response();
		}

		@Override
		public Mono<VoucherifyResponse<Void>> deleteVoucher(String code, boolean force) {
			return deleteVoucherCall(code, force).response();
		}

		@Override
		public Mono<VoucherifyResponse<Voucher>> enableVoucher(String code) {
			return enableVoucherCall(code).response();
		}

		@Override
		public Mono<VoucherifyResponse<Voucher>> disableVoucher(String code) {
			return disableVoucherCall(code).response();
		}

		@Override
		public Mono<VoucherifyResponse<BalanceUpdateResponse>> updateVoucherBalance(String code,
				BalanceUpdateRequest request) {
			return updateVoucherBalanceCall(code, request).response();
		}

		@Override
		public Mono<VoucherifyResponse<VoucherTransactionList>> listVoucherTransactions(String code,
				ListTransactionsQuery query) {
			return listVoucherTransactionsCall(code, query).response();
		}

		@Override
		public Mono<VoucherifyResponse<TransactionsExport>> exportVoucherTransactions(String code,
				ExportTransactionsRequest request) {
			return exportVoucherTransactionsCall(code, request).response();
		}

		@Override
		public Mono<VoucherifyResponse<CsvImportResponse>> importVouchersUsingCsv(CsvImport csv) {
			return importVouchersUsingCsvCall(csv).response();
		}

		@Override
		public Mono<VoucherifyResponse<Void>> releaseValidationSession(String code, String sessionKey) {
			return releaseValidationSessionCall(code, sessionKey).response();
		}

		@Override
		public Mono<VoucherifyResponse<AsyncAction>> getAsyncAction(String asyncActionId) {
			return getAsyncActionCall(asyncActionId).response();
		}

		@Override
		public Mono<VoucherifyResponse<TransactionsExport>> getExport(String exportId) {
			return getExportCall(exportId).response();
		}

		@Override
		public String toString() {
			return "VouchersResponseOperations[" + VouchersTemplate.this + "]";
		}

	}

	/**
	 * Builds a {@link VouchersTemplate}. Only the app id and token are required.
	 */
	public static final class Builder {

		private WebClient.Builder webClientBuilder = WebClient.builder();

		private URI baseUrl = URI.create(DEFAULT_BASE_URL);

		private @Nullable String appId;

		private @Nullable String appToken;

		private String channel = VoucherifyClientInfo.CHANNEL;

		private @Nullable ClientHttpConnector connector;

		private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;

		private Duration responseTimeout = DEFAULT_RESPONSE_TIMEOUT;

		private final Map<VoucherifyOperation, Duration> operationResponseTimeouts = new EnumMap<>(
				VoucherifyOperation.class);

		private Duration blockingTimeout = DEFAULT_BLOCKING_TIMEOUT;

		private int maxInMemorySize = DEFAULT_MAX_IN_MEMORY_SIZE;

		private VoucherifyOperationDecorator decorator = VoucherifyOperationDecorator.NONE;

		private boolean followRedirects;

		private final List<VoucherifyExchangeListener> exchangeListeners = new ArrayList<>();

		private @Nullable Supplier<? extends ClientHttpConnector> downloadConnector;

		private JobPolling jobPolling = JobPolling.DEFAULTS;

		private boolean reconcileBalanceUpdates = true;

		private Duration settleDelay = DEFAULT_SETTLE_DELAY;

		private Duration lookBack = DEFAULT_LOOK_BACK;

		private boolean resendNotApplied;

		private Builder() {
		}

		/**
		 * The WebClient builder to start from; it is cloned, never changed. In a Boot
		 * application pass Boot's builder so its customizers, filters and
		 * {@code http.client.requests} observation apply. JSON is always read and written
		 * with the client's own settings, never the application's.
		 * @param webClientBuilder the builder
		 * @return this builder
		 */
		public Builder webClientBuilder(WebClient.Builder webClientBuilder) {
			Assert.notNull(webClientBuilder, "webClientBuilder must not be null");
			this.webClientBuilder = webClientBuilder;
			return this;
		}

		/**
		 * Where the API is: {@code https://api.voucherify.io} (Europe, the default),
		 * {@code https://us1.api.voucherify.io}, {@code https://as1.api.voucherify.io},
		 * a dedicated cluster, or a local emulator.
		 * @param baseUrl absolute http(s) URL, without {@code /v1}
		 * @return this builder
		 */
		public Builder baseUrl(String baseUrl) {
			Assert.hasText(baseUrl, "baseUrl must not be blank");
			return baseUrl(URI.create(baseUrl.trim()));
		}

		/**
		 * Where the API is.
		 * @param baseUrl absolute http(s) URL, without {@code /v1}
		 * @return this builder
		 */
		public Builder baseUrl(URI baseUrl) {
			Assert.notNull(baseUrl, "baseUrl must not be null");
			if (!"http".equalsIgnoreCase(baseUrl.getScheme()) && !"https".equalsIgnoreCase(baseUrl.getScheme())
					|| !StringUtils.hasText(baseUrl.getHost())) {
				throw new IllegalArgumentException("baseUrl must be an absolute http or https URL, was '" + baseUrl + "'");
			}
			String text = baseUrl.toString();
			this.baseUrl = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
			return this;
		}

		/**
		 * The application id, sent as {@code X-App-Id}.
		 * @param appId the id
		 * @return this builder
		 */
		public Builder appId(String appId) {
			this.appId = appId;
			return this;
		}

		/**
		 * The secret application token, sent as {@code X-App-Token}; never logged.
		 * @param appToken the token
		 * @return this builder
		 */
		public Builder appToken(String appToken) {
			this.appToken = appToken;
			return this;
		}

		/**
		 * {@code X-Voucherify-Channel}, shown in Voucherify's dashboard; defaults to this
		 * client's name and version.
		 * @param channel the channel
		 * @return this builder
		 */
		public Builder channel(String channel) {
			Assert.hasText(channel, "channel must not be blank");
			this.channel = channel;
			return this;
		}

		/**
		 * The HTTP connector to use instead of a Reactor Netty one built from
		 * {@link #connectTimeout(Duration)}. It should not follow redirects (this
		 * template handles them, see {@link #followRedirects(boolean)}); a Reactor Netty
		 * connector that does is stopped before it sends anything to the new location.
		 * The template bounds each attempt's reply by its response timeout on any
		 * connector; a read timeout the connector has of its own applies as well.
		 * @param connector the connector
		 * @return this builder
		 */
		public Builder connector(ClientHttpConnector connector) {
			Assert.notNull(connector, "connector must not be null");
			this.connector = connector;
			return this;
		}

		/**
		 * How long to wait for a connection, when this builder creates the connector.
		 * @param connectTimeout a positive duration
		 * @return this builder
		 */
		public Builder connectTimeout(Duration connectTimeout) {
			this.connectTimeout = positive(connectTimeout, "connectTimeout");
			return this;
		}

		/**
		 * How long to wait for the whole reply, headers and body, once the request is
		 * written, and so also the longest gap between two reads.
		 * @param responseTimeout a positive duration
		 * @return this builder
		 */
		public Builder responseTimeout(Duration responseTimeout) {
			this.responseTimeout = positive(responseTimeout, "responseTimeout");
			return this;
		}

		/**
		 * A response timeout for one operation, e.g. longer for CSV import.
		 * @param operation the operation
		 * @param responseTimeout a positive duration
		 * @return this builder
		 */
		public Builder responseTimeout(VoucherifyOperation operation, Duration responseTimeout) {
			Assert.notNull(operation, "operation must not be null");
			this.operationResponseTimeouts.put(operation, positive(responseTimeout, "responseTimeout"));
			return this;
		}

		/**
		 * The longest wait of one call of the {@link VouchersOperations#blocking()
		 * blocking view}.
		 * @param blockingTimeout a positive duration
		 * @return this builder
		 */
		public Builder blockingTimeout(Duration blockingTimeout) {
			this.blockingTimeout = positive(blockingTimeout, "blockingTimeout");
			return this;
		}

		/**
		 * The largest reply body held in memory for decoding.
		 * @param maxInMemorySize bytes, positive
		 * @return this builder
		 */
		public Builder maxInMemorySize(int maxInMemorySize) {
			Assert.isTrue(maxInMemorySize > 0, () -> "maxInMemorySize must be positive, was " + maxInMemorySize);
			this.maxInMemorySize = maxInMemorySize;
			return this;
		}

		/**
		 * Whether reads ({@code GET}) follow up to {@link #MAX_REDIRECTS} redirects within
		 * the base URL's origin. Off by default: the Voucherify API does not redirect its
		 * calls. Whatever this says, no redirect to another origin and no redirect of a
		 * call that changes state is ever followed; those fail with
		 * {@link VoucherifyRedirectException}.
		 * @param followRedirects whether reads follow same-origin redirects
		 * @return this builder
		 */
		public Builder followRedirects(boolean followRedirects) {
			this.followRedirects = followRedirects;
			return this;
		}

		/**
		 * Wraps every call, e.g. with retries and a circuit breaker.
		 * @param decorator the decorator
		 * @return this builder
		 */
		public Builder decorator(VoucherifyOperationDecorator decorator) {
			Assert.notNull(decorator, "decorator must not be null");
			this.decorator = decorator;
			return this;
		}

		/**
		 * Adds a listener told about every HTTP attempt, e.g.
		 * {@link dev.vouchkit.voucherify.resilience.VoucherifyResilienceDecorator#getQuota()},
		 * which paces calls by the API's rate-limit headers.
		 * @param listener the listener
		 * @return this builder
		 */
		public Builder exchangeListener(VoucherifyExchangeListener listener) {
			Assert.notNull(listener, "listener must not be null");
			this.exchangeListeners.add(listener);
			return this;
		}

		/**
		 * The connector that fetches exported files from the download host, instead of one
		 * on the JDK's {@code HttpClient}. It must not follow redirects (the template
		 * follows them itself, without credentials) and should not log request URIs, which
		 * carry the download token.
		 * @param downloadConnector the connector
		 * @return this builder
		 */
		public Builder downloadConnector(ClientHttpConnector downloadConnector) {
			Assert.notNull(downloadConnector, "downloadConnector must not be null");
			this.downloadConnector = () -> downloadConnector;
			return this;
		}

		/**
		 * The connector that fetches exported files, as {@link #downloadConnector(ClientHttpConnector)},
		 * made when the first file is fetched: most applications never download an export.
		 * @param downloadConnector makes the connector, once
		 * @return this builder
		 */
		public Builder downloadConnector(Supplier<? extends ClientHttpConnector> downloadConnector) {
			Assert.notNull(downloadConnector, "downloadConnector must not be null");
			this.downloadConnector = downloadConnector;
			return this;
		}

		/**
		 * Whether a balance update whose reply was lost (a reset after the request was
		 * written, a response timeout, 500, 502, 503, 504) is settled by looking for its
		 * {@code source_id} among the voucher's transactions, instead of failing with an
		 * unknown outcome. On by default.
		 * @param reconcile {@code false} to fail such calls with the unknown outcome
		 * @return this builder
		 */
		public Builder balanceReconciliation(boolean reconcile) {
			this.reconcileBalanceUpdates = reconcile;
			return this;
		}

		/**
		 * How {@code awaitImport} and {@code awaitExport} poll: at once, then after
		 * {@code initialInterval}, each further wait {@code multiplier} times longer up to
		 * {@code maxInterval}, for at most {@code timeout} in all. Defaults: 500 ms, 1.5,
		 * 10 s, 10 min.
		 * @param initialInterval the wait after the first poll, at least 1 ms
		 * @param multiplier at least 1
		 * @param maxInterval the longest wait, not below {@code initialInterval}
		 * @param timeout the deadline of an await, positive
		 * @return this builder
		 */
		public Builder jobPolling(Duration initialInterval, double multiplier, Duration maxInterval, Duration timeout) {
			this.jobPolling = new JobPolling(initialInterval, multiplier, maxInterval, timeout);
			return this;
		}

		/**
		 * How long after a first search that finds nothing the transactions are read once
		 * more, for a request Voucherify may still be applying; not found then, the update
		 * was not applied. Default 3 seconds.
		 * @param settleDelay a positive duration
		 * @return this builder
		 */
		public Builder reconciliationSettleDelay(Duration settleDelay) {
			this.settleDelay = positive(settleDelay, "settleDelay");
			return this;
		}

		/**
		 * How far before an attempt's start, by this host's clock, the search for its
		 * transaction goes: a margin for the clocks of this host and Voucherify disagreeing.
		 * Default 5 minutes.
		 * @param lookBack a positive duration
		 * @return this builder
		 */
		public Builder reconciliationLookBack(Duration lookBack) {
			this.lookBack = positive(lookBack, "lookBack");
			return this;
		}

		/**
		 * Whether a balance update found not applied is sent once more, with the same
		 * {@code source_id}, and reconciled again should that reply be lost too. Off by
		 * default: the call fails with {@link VoucherifyBalanceNotAppliedException}.
		 * @param resend {@code true} to resend once
		 * @return this builder
		 */
		public Builder resendNotAppliedBalanceUpdates(boolean resend) {
			this.resendNotApplied = resend;
			return this;
		}

		/**
		 * Builds the template.
		 * @return the template
		 * @throws IllegalArgumentException when the app id or token is missing
		 */
		public VouchersTemplate build() {
			if (!StringUtils.hasText(this.appId)) {
				throw new IllegalArgumentException("appId must not be blank: set it to your Voucherify application id");
			}
			if (!StringUtils.hasText(this.appToken)) {
				throw new IllegalArgumentException(
						"appToken must not be blank: set it to your Voucherify secret application token");
			}
			return new VouchersTemplate(this);
		}

		private WebClient buildWebClient() {
			ClientHttpConnector transport = (this.connector != null) ? this.connector : defaultConnector();
			int bufferLimit = this.maxInMemorySize;
			HttpHeaders fixedHeaders = new HttpHeaders();
			fixedHeaders.set(ApiHeadersConnector.APP_ID_HEADER, this.appId);
			fixedHeaders.set(ApiHeadersConnector.CHANNEL_HEADER, this.channel);
			fixedHeaders.set(HttpHeaders.USER_AGENT, VoucherifyClientInfo.USER_AGENT);
			fixedHeaders.setAccept(List.of(MediaType.APPLICATION_JSON));
			ApiHeadersConnector connector = new ApiHeadersConnector(transport, Objects.requireNonNull(this.appToken),
					fixedHeaders);
			WebClient.Builder webClient = this.webClientBuilder.clone()
				.clientConnector(connector)
				.codecs((codecs) -> {
					// Our own JSON settings, replacing the application's (see VoucherifyJson).
					codecs.defaultCodecs().jacksonJsonDecoder(new JacksonJsonDecoder(VoucherifyJson.MAPPER));
					codecs.defaultCodecs().jacksonJsonEncoder(new JacksonJsonEncoder(VoucherifyJson.MAPPER));
					codecs.defaultCodecs().maxInMemorySize(bufferLimit);
				});
			// Default headers only where the connector does not send ours, or to replace the application's of the
			// same names (which would otherwise replace ours on the wire).
			webClient.defaultHeaders((headers) -> fixedHeaders.forEach((name, values) -> {
				if (!connector.fixedHeadersOnTheWire() || headers.getFirst(name) != null) {
					headers.set(name, values.get(0));
				}
			}));
			return webClient.build();
		}

		private Supplier<? extends ClientHttpConnector> downloadConnector() {
			return (this.downloadConnector != null) ? this.downloadConnector : this::defaultDownloadConnector;
		}

		private ClientHttpConnector defaultDownloadConnector() {
			// The JDK client neither logs URIs nor follows redirects unless told to.
			JdkClientHttpConnector connector = new JdkClientHttpConnector(java.net.http.HttpClient.newBuilder()
				.followRedirects(java.net.http.HttpClient.Redirect.NEVER)
				.connectTimeout(this.connectTimeout)
				.build());
			connector.setReadTimeout(this.responseTimeout);
			return connector;
		}

		private ClientHttpConnector defaultConnector() {
			// No response timeout: each attempt's reply deadline bounds the whole reply.
			HttpClient httpClient = VoucherifyConnectionPool.shared()
				.httpClient(null)
				.option(io.netty.channel.ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) this.connectTimeout.toMillis());
			return new ReactorClientHttpConnector(httpClient);
		}

		private static Duration positive(@Nullable Duration value, String name) {
			if (value == null || value.isZero() || value.isNegative()) {
				throw new IllegalArgumentException(name + " must be a positive duration, was " + value);
			}
			return value;
		}

		@Override
		public String toString() {
			// Never show the token.
			return "VouchersTemplate.Builder[baseUrl=" + this.baseUrl + ", appId=" + this.appId + ", appToken="
					+ ((this.appToken != null) ? "******" : "null") + "]";
		}

	}

}
