package dev.vouchkit.voucherify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import dev.vouchkit.voucherify.model.BalanceReconciliation;
import dev.vouchkit.voucherify.model.BalanceReconciliation.Outcome;
import dev.vouchkit.voucherify.model.BalanceUpdateRequest;
import dev.vouchkit.voucherify.model.BalanceUpdateResponse;
import dev.vouchkit.voucherify.model.ListTransactionsQuery;
import dev.vouchkit.voucherify.model.RelatedObject;
import dev.vouchkit.voucherify.model.TransactionOrder;
import dev.vouchkit.voucherify.model.VoucherBalance;
import dev.vouchkit.voucherify.model.VoucherTransaction;

/**
 * Settles a balance update whose reply was lost, by looking for its {@code source_id}
 * among the voucher's transactions: the Vouchers API has no idempotency key, but every
 * balance transaction carries the {@code source_id} it was sent with.
 * <p>
 * When an attempt fails with an unknown outcome (a reset after the request was written, a
 * response timeout, a 5xx, a 2xx with an unreadable body), the voucher's transactions are
 * read newest first, following the cursor, down to the attempt's start minus the look-back
 * (a margin for clock skew between this host and Voucherify). Found once: applied, and the
 * reply is rebuilt from the transaction. Not found: read again after the settle delay; still
 * not found: not applied (resent once when so configured). More than once: a duplicate,
 * logged at ERROR. The reads fail: the outcome stays unknown.
 * <p>
 * It wraps the bare attempt and sits inside the template's decorator, so the retry only sees
 * the settled outcome (and never resends an unknown one), the circuit breaker records one
 * outcome per call, and the operation's observation spans the reads, which are full
 * {@code listVoucherTransactions} calls (retried, guarded and observed as its children).
 */
final class BalanceReconciler {

	private static final Log logger = LogFactory.getLog(BalanceReconciler.class);

	private static final ListTransactionsQuery NEWEST_FIRST = ListTransactionsQuery.builder()
		.limit(ListTransactionsQuery.MAX_LIMIT)
		.order(TransactionOrder.ID_DESC)
		.build();

	private final VouchersOperations operations;

	private final Duration settleDelay;

	private final Duration lookBack;

	private final boolean resendNotApplied;

	private final Clock clock;

	BalanceReconciler(VouchersOperations operations, Duration settleDelay, Duration lookBack, boolean resendNotApplied,
			Clock clock) {
		this.operations = operations;
		this.settleDelay = settleDelay;
		this.lookBack = lookBack;
		this.resendNotApplied = resendNotApplied;
		this.clock = clock;
	}

	/**
	 * One attempt of a balance update, settled by reconciliation when its outcome is unknown.
	 * @param code the voucher
	 * @param request the request as sent, with its {@code source_id}
	 * @param attempt one attempt, cold
	 * @return the attempt's reply, or one rebuilt from the voucher's transactions
	 */
	Mono<BalanceUpdateResponse> settle(String code, BalanceUpdateRequest request, Mono<BalanceUpdateResponse> attempt) {
		return Mono.defer(() -> {
			Instant searchFrom = this.clock.instant().minus(this.lookBack);
			return attempt.onErrorResume(BalanceReconciler::isOutcomeUnknown,
					(failure) -> reconcile(code, request, attempt, searchFrom, (VoucherifyException) failure, 1));
		});
	}

	/**
	 * Whether an attempt's failure leaves open whether the server applied it.
	 * @param failure the failure
	 * @return {@code true} for 5xx replies, response timeouts, transport failures after the
	 * request may have left, and 2xx replies that could not be read
	 */
	static boolean isOutcomeUnknown(Throwable failure) {
		if (failure instanceof VoucherifyTransportException transport) {
			return transport.isRequestMayHaveReachedServer();
		}
		if (failure instanceof VoucherifyResponseFormatException format) {
			return format.getStatusCode() >= 200 && format.getStatusCode() < 300;
		}
		return failure instanceof VoucherifyServerException;
	}

	private Mono<BalanceUpdateResponse> reconcile(String code, BalanceUpdateRequest request,
			Mono<BalanceUpdateResponse> attempt, Instant searchFrom, VoucherifyException failure, int requestsSent) {
		String sourceId = request.sourceId();
		AtomicInteger read = new AtomicInteger();
		return search(code, sourceId, searchFrom, read)
			.flatMap((found) -> found.isEmpty()
					? search(code, sourceId, searchFrom, read).delaySubscription(this.settleDelay) : Mono.just(found))
			.onErrorMap((readFailure) -> unknown(failure, sourceId, requestsSent, read.get(), readFailure))
			.flatMap((found) -> decide(code, request, attempt, searchFrom, failure, requestsSent, read.get(), found));
	}

	private Mono<List<VoucherTransaction>> search(String code, String sourceId, Instant searchFrom,
			AtomicInteger read) {
		return this.operations.streamVoucherTransactions(code, NEWEST_FIRST)
			.doOnNext((transaction) -> read.incrementAndGet())
			.takeWhile((transaction) -> transaction.createdAt() == null
					|| !transaction.createdAt().toInstant().isBefore(searchFrom))
			.filter((transaction) -> sourceId.equals(transaction.sourceId()))
			.collectList();
	}

	private Mono<BalanceUpdateResponse> decide(String code, BalanceUpdateRequest request,
			Mono<BalanceUpdateResponse> attempt, Instant searchFrom, VoucherifyException failure, int requestsSent,
			int read, List<VoucherTransaction> found) {
		String sourceId = request.sourceId();
		String searched = "read " + read + " transactions back to " + searchFrom;
		if (found.isEmpty()) {
			if (this.resendNotApplied && requestsSent == 1) {
				String firstNotApplied = "request 1 not applied (" + describe(failure) + "; " + searched
						+ ", again after " + this.settleDelay + ")";
				return attempt
					.map((reply) -> reply.withReconciliation(new BalanceReconciliation(Outcome.APPLIED, List.of(), 2, read,
							firstNotApplied + "; resent once and applied")))
					.onErrorResume(BalanceReconciler::isOutcomeUnknown, (second) -> reconcile(code, request, attempt,
							searchFrom, (VoucherifyException) second, 2));
			}
			BalanceReconciliation notApplied = new BalanceReconciliation(Outcome.NOT_APPLIED, List.of(), requestsSent,
					read, "no transaction with the source_id after " + describe(failure) + " (" + searched
							+ ", again after " + this.settleDelay + ")");
			return Mono.error(new VoucherifyBalanceNotAppliedException("updateVoucherBalance was not applied: its reply"
					+ " was lost and the voucher shows no transaction with its source_id; sending it again with the same"
					+ " source_id is safe", sourceId, notApplied, failure));
		}
		List<String> ids = found.stream().map(VoucherTransaction::id).toList();
		List<VoucherTransaction> otherAmounts = found.stream()
			.filter((transaction) -> !request.amount().equals(signedAmount(transaction)) && signedAmount(transaction) != null)
			.toList();
		if (!otherAmounts.isEmpty()) {
			return Mono.error(unknown(failure, sourceId, requestsSent, read, null, ids,
					"the source_id is on transaction(s) " + otherAmounts.stream().map(VoucherTransaction::id).toList()
							+ " of another amount than " + request.amount() + ", so it was reused for another update"));
		}
		VoucherTransaction newest = found.get(0);
		if (found.size() > 1) {
			logger.error("Balance update with source_id " + sourceId + " was applied " + found.size()
					+ " times to voucher " + newest.voucherId() + ": transactions " + ids
					+ "; the balance moved by " + request.amount() + " more than once and needs correcting");
			return Mono.just(reply(newest, request).withSourceId(sourceId)
				.withReconciliation(new BalanceReconciliation(Outcome.DUPLICATE, ids, requestsSent, read,
						"applied " + found.size() + " times after " + describe(failure) + " (" + searched + ")")));
		}
		return Mono.just(reply(newest, request).withSourceId(sourceId)
			.withReconciliation(new BalanceReconciliation(Outcome.APPLIED, ids, requestsSent, read,
					"applied as transaction " + newest.id() + " despite " + describe(failure) + " (" + searched + ")")));
	}

	/** The reply the API would have sent, rebuilt from the transaction's balance after it. */
	private static BalanceUpdateResponse reply(VoucherTransaction transaction, BalanceUpdateRequest request) {
		VoucherBalance balance = (transaction.details() != null) ? transaction.details().balance() : null;
		if (balance == null) {
			return new BalanceUpdateResponse(request.amount(), null, null, null, null, "balance",
					new RelatedObject(transaction.voucherId(), RelatedObject.VOUCHER), null, null, null);
		}
		return new BalanceUpdateResponse(request.amount(), balance.total(), balance.balance(), balance.type(),
				balance.operationType(), "balance", (balance.relatedObject() != null) ? balance.relatedObject()
						: new RelatedObject(transaction.voucherId(), RelatedObject.VOUCHER), null, null, null);
	}

	/** Credits for gift cards, points for loyalty cards; {@code null} when the transaction says neither. */
	private static @Nullable Long signedAmount(VoucherTransaction transaction) {
		VoucherBalance balance = (transaction.details() != null) ? transaction.details().balance() : null;
		if (balance == null) {
			return null;
		}
		return (balance.amount() != null) ? balance.amount() : balance.points();
	}

	private VoucherifyException unknown(VoucherifyException failure, String sourceId, int requestsSent, int read,
			Throwable readFailure) {
		return unknown(failure, sourceId, requestsSent, read, readFailure, List.of(),
				"reading the voucher's transactions failed after " + read + " (" + describe(readFailure) + ")");
	}

	private static VoucherifyException unknown(VoucherifyException failure, String sourceId, int requestsSent, int read,
			@Nullable Throwable readFailure, List<String> transactionIds, String why) {
		if (readFailure != null && readFailure != failure) {
			failure.addSuppressed(readFailure);
		}
		failure.attachBalanceUpdate(sourceId,
				new BalanceReconciliation(Outcome.UNKNOWN, transactionIds, requestsSent, read, why));
		return failure;
	}

	private static String describe(Throwable failure) {
		if (failure instanceof VoucherifyApiException api) {
			return "HTTP " + api.getStatusCode();
		}
		return failure.getClass().getSimpleName();
	}

	@Override
	public String toString() {
		return "BalanceReconciler[settleDelay=" + this.settleDelay + ", lookBack=" + this.lookBack
				+ ", resendNotApplied=" + this.resendNotApplied + "]";
	}

}
