package dev.vouchkit.sample;

import java.time.Duration;
import java.time.Instant;

import reactor.core.publisher.Mono;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.MissingRequestValueException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;

import dev.vouchkit.voucherify.VoucherifyApiException;
import dev.vouchkit.voucherify.VoucherifyBadRequestException;
import dev.vouchkit.voucherify.VoucherifyBalanceNotAppliedException;
import dev.vouchkit.voucherify.VoucherifyCircuitOpenException;
import dev.vouchkit.voucherify.VoucherifyClientRateLimitException;
import dev.vouchkit.voucherify.VoucherifyConflictException;
import dev.vouchkit.voucherify.VoucherifyException;
import dev.vouchkit.voucherify.VoucherifyJobTimeoutException;
import dev.vouchkit.voucherify.VoucherifyNotFoundException;
import dev.vouchkit.voucherify.VoucherifyRateLimitException;

/**
 * Turns every failure into an RFC 9457 problem ({@code application/problem+json}).
 * <p>
 * The starter raises one exception hierarchy, so the mapping is a short list: what the
 * caller got wrong stays a 4xx (unknown voucher 404, rejected input 400), a balance change
 * whose reply was lost and that the starter found not applied is a 409 the caller settles
 * by sending it again, a circuit that is open or a quota that is used up is our 503 with
 * {@code Retry-After}, and anything else that failed at Voucherify is a 502, since it is not
 * the caller's fault. Every problem of a balance change carries its {@code source_id}. Extending
 * {@link ResponseEntityExceptionHandler} makes Spring's own errors (bad JSON, a missing
 * part, a type mismatch) problems too.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private final DeskProperties desk;

	public ProblemDetailsAdvice(DeskProperties desk) {
		this.desk = desk;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> notFound(VoucherifyNotFoundException ex) {
		String what = (ex.getResourceType() != null) ? ex.getResourceType() : "resource";
		String detail = (ex.getResourceId() != null) ? "Voucherify has no " + what + " " + ex.getResourceId()
				: upstreamDetail(ex);
		return problem(HttpStatus.NOT_FOUND, "Not found", detail, ex);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> rejected(VoucherifyBadRequestException ex) {
		return problem(HttpStatus.BAD_REQUEST, "Rejected by Voucherify", upstreamDetail(ex), ex);
	}

	/** In the units the user typed, with both numbers in the API's units for programs. */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> balanceTooLow(BalanceTooLowException ex) {
		String amount = ex.isPoints() ? ex.getAmount() + " points" : this.desk.format(ex.getAmount());
		String balance = ex.isPoints() ? ex.getBalance() + " points" : this.desk.format(ex.getBalance());
		ResponseEntity<ProblemDetail> response = problem(HttpStatus.BAD_REQUEST, "Balance too low",
				"Cannot deduct " + amount + " from " + ex.getCode() + ": its balance is " + balance, ex.getRejection());
		response.getBody().setProperty("amount", ex.getAmount());
		response.getBody().setProperty("balance", ex.getBalance());
		return response;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> conflict(VoucherifyConflictException ex) {
		return problem(HttpStatus.CONFLICT, "Conflict", upstreamDetail(ex), ex);
	}

	/** Nothing was sent; the client says when its circuit breaker lets calls through again. */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> circuitOpen(VoucherifyCircuitOpenException ex) {
		Duration wait = (ex.getRetryAt() != null) ? Duration.between(Instant.now(), ex.getRetryAt()) : null;
		return unavailable("Voucherify is failing, calls are paused",
				"Recent calls to Voucherify failed, so the desk stops calling it for a while", wait, ex);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> rateLimited(VoucherifyRateLimitException ex) {
		return unavailable("Voucherify quota used up", upstreamDetail(ex), ex.getRetryAfter(), ex);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> clientRateLimited(VoucherifyClientRateLimitException ex) {
		return unavailable("Voucherify quota used up", ex.getMessage(), null, ex);
	}

	/** The job goes on at Voucherify; asking again later may find it finished. */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> jobStillRunning(VoucherifyJobTimeoutException ex) {
		ResponseEntity<ProblemDetail> response = problem(HttpStatus.GATEWAY_TIMEOUT, "Still running at Voucherify",
				ex.getMessage(), ex);
		response.getBody().setProperty("job_id", ex.getJobId());
		response.getBody().setProperty("last_status", ex.getLastStatus());
		return response;
	}

	/**
	 * A balance change whose reply was lost and that the starter found not applied: the
	 * caller may send it again with the same {@code source_id}, which the problem carries.
	 */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> notApplied(VoucherifyBalanceNotAppliedException ex) {
		this.logger.warn("Voucherify balance change not applied: " + ex.getMessage());
		return problem(HttpStatus.CONFLICT, "Balance change not applied",
				"Voucherify's reply was lost and the card shows no transaction for it: nothing changed. Send it again"
						+ " with the same source_id.",
				ex);
	}

	/**
	 * Server errors, timeouts, network failures, bad credentials: Voucherify failed us, not the
	 * caller. For a balance change whose outcome could not be settled the problem carries
	 * its {@code source_id} and {@code outcome} {@code UNKNOWN}: check the card's transactions
	 * for that {@code source_id} before sending it again.
	 */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> upstreamFailure(VoucherifyException ex) {
		this.logger.warn("Voucherify call failed: " + ex.getMessage());
		String detail = (ex instanceof VoucherifyApiException api) ? upstreamDetail(api) : ex.getMessage();
		return problem(HttpStatus.BAD_GATEWAY, "Voucherify call failed", detail, ex);
	}

	/** The starter checks arguments before sending and names the parameter in the message. */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalidArgument(IllegalArgumentException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("Invalid parameter");
		return ResponseEntity.badRequest().body(problem);
	}

	/** Names the missing parameter or part in Spring's own 400 problem. */
	@Override
	protected Mono<ResponseEntity<Object>> handleMissingRequestValueException(MissingRequestValueException ex,
			HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
		ex.getBody().setProperty("parameter", ex.getName());
		return super.handleMissingRequestValueException(ex, headers, status, exchange);
	}

	/** Names the malformed parameter ({@code limit=abc}) in Spring's own 400 problem. */
	@Override
	protected Mono<ResponseEntity<Object>> handleServerWebInputException(ServerWebInputException ex,
			HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
		MethodParameter parameter = ex.getMethodParameter();
		if (ex.getCause() instanceof TypeMismatchException && parameter != null
				&& parameter.getParameterName() != null) {
			ex.getBody().setProperty("parameter", parameter.getParameterName());
			ex.getBody().setDetail(parameter.getParameterName() + " must be a valid "
					+ parameter.getParameterType().getSimpleName());
		}
		return super.handleServerWebInputException(ex, headers, status, exchange);
	}

	private static ResponseEntity<ProblemDetail> unavailable(String title, String detail, Duration wait,
			VoucherifyException ex) {
		// Retry-After takes whole seconds; round up so a client never comes back too early.
		long seconds = (wait != null) ? Math.max(1, (wait.toMillis() + 999) / 1000) : 1;
		ResponseEntity<ProblemDetail> response = problem(HttpStatus.SERVICE_UNAVAILABLE, title, detail, ex);
		return ResponseEntity.status(response.getStatusCode())
			.header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
			.body(response.getBody());
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail,
			VoucherifyException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		if (ex.getOperation() != null) {
			problem.setProperty("operation", ex.getOperation().key());
		}
		if (ex instanceof VoucherifyApiException api && api.getKey() != null) {
			problem.setProperty("voucherify_key", api.getKey());
		}
		if (ex instanceof VoucherifyApiException api && api.getRequestId() != null) {
			// Quote it to Voucherify's support.
			problem.setProperty("voucherify_request_id", api.getRequestId());
		}
		if (ex.getSourceId() != null) {
			// The balance change's id among the card's transactions.
			problem.setProperty("source_id", ex.getSourceId());
		}
		if (ex.getReconciliation() != null) {
			problem.setProperty("outcome", ex.getReconciliation().outcome());
		}
		return ResponseEntity.status(status).body(problem);
	}

	/** Voucherify's {@code details} say the most ("Cannot remove 9000 from a balance of 5000..."). */
	private static String upstreamDetail(VoucherifyApiException ex) {
		if (ex.getDetails() != null) {
			return ex.getDetails();
		}
		return (ex.getError().message() != null) ? ex.getError().message() : ex.getMessage();
	}

}
