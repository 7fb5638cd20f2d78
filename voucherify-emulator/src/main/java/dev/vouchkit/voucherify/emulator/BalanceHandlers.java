package dev.vouchkit.voucherify.emulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Manual balance changes on gift and loyalty cards, and the transactions they leave. */
final class BalanceHandlers {

	private final EmulatorState state;

	BalanceHandlers(EmulatorState state) {
		this.state = state;
	}

	void register(Router router) {
		router.add("POST", "/v1/vouchers/{code}/balance", Operation.UPDATE_VOUCHER_BALANCE, this::updateBalance)
			.add("GET", "/v1/vouchers/{code}/transactions", Operation.LIST_VOUCHER_TRANSACTIONS, this::listTransactions);
	}

	private Mono<Reply> updateBalance(Exchange exchange) {
		return exchange.jsonBody().map((body) -> {
			BalanceChange change = BalanceChange.from(body);
			return Reply.json(200, this.state.locked(() -> {
				StoredVoucher voucher = this.state.find(exchange.path("code"));
				StoredVoucher.Transaction tx = apply(voucher, change);
				return VoucherJson.balance(voucher, tx, true);
			}));
		});
	}

	/** A balance change made without a request, as if through the API: for seeding a history. */
	void apply(String codeOrId, long amount, String reason) {
		if (amount == 0) {
			throw new IllegalArgumentException("amount must not be 0");
		}
		this.state.locked(() -> apply(this.state.find(codeOrId), new BalanceChange(amount, null, reason)));
	}

	/** Checks the voucher can take the change, moves its counters and records the transaction. */
	private StoredVoucher.Transaction apply(StoredVoucher voucher, BalanceChange change) {
		if (voucher.type == StoredVoucher.Type.DISCOUNT_VOUCHER) {
			throw ErrorReply.invalidBalanceParams("Balance can be changed only for GIFT_VOUCHER and LOYALTY_CARD vouchers");
		}
		if (voucher.type == StoredVoucher.Type.LOYALTY_CARD && voucher.holder == null) {
			throw ErrorReply.invalidBalanceParams("Loyalty card " + voucher.code + " has no holder");
		}
		long amount = change.amount();
		if (amount < 0 && voucher.balance() + amount < 0) {
			throw ErrorReply.invalidBalanceParams(
					"Cannot remove " + (-amount) + " from a balance of " + voucher.balance() + ", it would drop below 0");
		}
		boolean gift = voucher.type == StoredVoucher.Type.GIFT_VOUCHER;
		if (gift) {
			if (amount >= 0) {
				voucher.giftAmount += amount;
			}
			else {
				voucher.giftSubtracted -= amount;
			}
			voucher.giftBalance += amount;
		}
		else {
			if (amount >= 0) {
				voucher.points += amount;
			}
			else {
				voucher.subtractedPoints -= amount;
			}
			voucher.pointsBalance += amount;
		}
		voucher.updatedAt = this.state.now();
		String type = (gift ? "CREDITS_" : "POINTS_") + (amount >= 0 ? "ADDITION" : "REMOVAL");
		StoredVoucher.Transaction tx = new StoredVoucher.Transaction(Ids.transaction(), type, change.sourceId(), change.reason(),
				amount, voucher.balanceTotal(), voucher.balance(), voucher.updatedAt);
		voucher.transactions.add(tx);
		return tx;
	}

	private Mono<Reply> listTransactions(Exchange exchange) {
		return Mono.fromCallable(() -> {
			RequestTarget.QueryParams query = exchange.query();
			int limit = Objects.requireNonNullElse(query.integer("limit", 1, 100), 10);
			String order = query.oneOf("order", "-id", List.of("id", "-id"));
			String startingAfter = query.first("starting_after_id");
			// `page` is deprecated in favour of the cursor but still accepted by the JS SDK.
			Integer page = query.integer("page", 1, Integer.MAX_VALUE);
			return Reply.json(200, this.state.locked(() -> {
				StoredVoucher voucher = this.state.find(exchange.path("code"));
				List<StoredVoucher.Transaction> ordered = new ArrayList<>(voucher.transactions);
				if (order.equals("-id")) {
					java.util.Collections.reverse(ordered);
				}
				if (startingAfter != null) {
					// Ids sort in creation order, so "after" is a comparison, even for an unknown id.
					boolean descending = order.equals("-id");
					ordered.removeIf((tx) -> descending ? tx.id().compareTo(startingAfter) >= 0
							: tx.id().compareTo(startingAfter) <= 0);
				}
				int from = (page == null) ? 0 : (int) Math.min(ordered.size(), (long) (page - 1) * limit);
				List<StoredVoucher.Transaction> slice = ordered.subList(from, Math.min(ordered.size(), from + limit));
				boolean hasMore = from + slice.size() < ordered.size();
				ObjectNode list = Json.object();
				list.put("object", "list");
				list.put("data_ref", "data");
				ArrayNode data = list.putArray("data");
				slice.forEach((tx) -> data.add(VoucherJson.transaction(voucher, tx)));
				list.put("has_more", hasMore);
				if (hasMore) {
					list.put("more_starting_after", slice.get(slice.size() - 1).id());
				}
				return list;
			}));
		});
	}

	/** The validated request body: AJV-style messages as the API gives for invalid payloads. */
	private record BalanceChange(long amount, String sourceId, String reason) {

		static BalanceChange from(JsonNode body) {
			if (!body.isObject()) {
				throw ErrorReply.invalidPayload("Payload should have required property 'amount'");
			}
			JsonNode amount = body.get("amount");
			if (amount == null || amount.isNull()) {
				throw ErrorReply.invalidPayload("Payload should have required property 'amount'");
			}
			if (!amount.isIntegralNumber() || !amount.canConvertToLong()) {
				throw ErrorReply.invalidPayload("Property .amount should be integer");
			}
			if (amount.asLong() == 0) {
				throw ErrorReply.invalidBalanceParams("Amount must not be 0");
			}
			return new BalanceChange(amount.asLong(), optionalString(body, "source_id"), optionalString(body, "reason"));
		}

		private static String optionalString(JsonNode body, String field) {
			JsonNode value = body.get(field);
			if (value == null || value.isNull()) {
				return null;
			}
			if (!value.isString()) {
				throw ErrorReply.invalidPayload("Property ." + field + " should be string");
			}
			return value.asString();
		}

	}

}
