package dev.vouchkit.sample;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.annotation.JsonProperty;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.vouchkit.voucherify.model.BalanceUpdateResponse;
import dev.vouchkit.voucherify.model.ListTransactionsQuery;
import dev.vouchkit.voucherify.model.ListVouchersQuery;
import dev.vouchkit.voucherify.model.TransactionsExport;
import dev.vouchkit.voucherify.model.Voucher;
import dev.vouchkit.voucherify.model.VoucherOrder;
import dev.vouchkit.voucherify.model.VoucherTransactionList;

/**
 * The desk's REST API over {@link VoucherDesk}. It checks its own input (naming the bad
 * parameter) so that nothing invalid is sent to Voucherify.
 */
@RestController
@RequestMapping("/api/vouchers")
public class VoucherController {

	private final VoucherDesk desk;

	public VoucherController(VoucherDesk desk) {
		this.desk = desk;
	}

	@GetMapping
	public Mono<VoucherPage> list(@RequestParam(required = false) String category,
			@RequestParam(required = false) String campaign, @RequestParam(required = false) String customer,
			@RequestParam(required = false) String order, @RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "10") int limit) {
		InvalidParameterException.requireBetween("page", page, 1, ListVouchersQuery.MAX_PAGE);
		InvalidParameterException.requireBetween("limit", limit, 1, ListVouchersQuery.MAX_LIMIT);
		VoucherDesk.VoucherFilter filter = new VoucherDesk.VoucherFilter(blankToNull(category),
				blankToNull(campaign), blankToNull(customer), voucherOrder(order));
		return this.desk.findVouchers(filter, page, limit);
	}

	@GetMapping("/{code}")
	public Mono<Voucher> get(@PathVariable String code) {
		return this.desk.voucher(code);
	}

	@PostMapping("/{code}/balance/top-up")
	public Mono<BalanceUpdateResponse> topUp(@PathVariable String code, @RequestBody BalanceChange change) {
		return this.desk.topUp(code, change.positiveAmount(), change.reason(), change.sourceId());
	}

	@PostMapping("/{code}/balance/deduct")
	public Mono<BalanceUpdateResponse> deduct(@PathVariable String code, @RequestBody BalanceChange change) {
		return this.desk.deduct(code, change.positiveAmount(), change.reason(), change.sourceId());
	}

	@PostMapping("/{code}/enable")
	public Mono<Voucher> enable(@PathVariable String code) {
		return this.desk.enable(code);
	}

	@PostMapping("/{code}/disable")
	public Mono<Voucher> disable(@PathVariable String code) {
		return this.desk.disable(code);
	}

	@GetMapping("/{code}/transactions")
	public Mono<VoucherTransactionList> transactions(@PathVariable String code,
			@RequestParam(defaultValue = "20") int limit,
			@RequestParam(name = "starting_after", required = false) String startingAfter) {
		InvalidParameterException.requireBetween("limit", limit, 1, ListTransactionsQuery.MAX_LIMIT);
		return this.desk.transactions(code, limit, blankToNull(startingAfter));
	}

	@PostMapping("/{code}/transactions/export")
	@ResponseStatus(HttpStatus.ACCEPTED)
	public Mono<TransactionsExport> exportTransactions(@PathVariable String code) {
		return this.desk.exportTransactions(code);
	}

	/**
	 * Exports the card's transactions, waits for the file and streams it back as it arrives
	 * from Voucherify's download host, one row per transaction.
	 */
	@GetMapping(path = "/{code}/transactions/export.csv", produces = "text/csv")
	public Mono<ResponseEntity<Flux<DataBuffer>>> transactionsCsv(@PathVariable String code) {
		return this.desk.exportTransactionsWhenReady(code)
			.map((export) -> ResponseEntity.ok()
				.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment()
							.filename(code + "-transactions.csv", StandardCharsets.UTF_8)
							.build()
							.toString())
				.body(this.desk.transactionsFile(export)));
	}

	@DeleteMapping("/{code}/sessions/{sessionKey}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	public Mono<Void> releaseSession(@PathVariable String code, @PathVariable String sessionKey) {
		return this.desk.releaseSession(code, sessionKey);
	}

	/** {@code order} accepts only the orders the API knows, e.g. {@code -created_at} or {@code code}. */
	private static VoucherOrder voucherOrder(String order) {
		if (order == null || order.isBlank()) {
			return null;
		}
		VoucherOrder parsed = VoucherOrder.of(order);
		if (!parsed.isKnown()) {
			throw new InvalidParameterException("order", "must be one of " + VoucherOrder.knownValues() + ", was "
					+ order);
		}
		return parsed;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	/**
	 * Body of a top-up or deduction: a positive amount in minor units (2500 = 25.00) and an
	 * optional reason that shows in the card's history.
	 */
	public record BalanceChange(@JsonProperty("amount") Long amount, @JsonProperty("reason") String reason,
			@JsonProperty("source_id") String sourceId) {

		long positiveAmount() {
			if (this.amount == null) {
				throw new InvalidParameterException("amount", "is required (minor units, 2500 = 25.00)");
			}
			if (this.amount <= 0) {
				throw new InvalidParameterException("amount", "must be greater than 0, was " + this.amount);
			}
			return this.amount;
		}

	}

}
