package dev.vouchkit.voucherify.emulator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import reactor.core.publisher.Mono;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Voucher CRUD: list, get, create, delete, enable, disable. */
final class VoucherHandlers {

	private static final List<String> ORDERS = List.of("created_at", "-created_at", "updated_at", "-updated_at", "code",
			"-code");

	private final EmulatorState state;

	VoucherHandlers(EmulatorState state) {
		this.state = state;
	}

	void register(Router router) {
		router.add("GET", "/v1/vouchers", Operation.LIST_VOUCHERS, this::list)
			.add("POST", "/v1/vouchers", Operation.CREATE_VOUCHER, this::create)
			.add("GET", "/v1/vouchers/{code}", Operation.GET_VOUCHER, this::get)
			.add("POST", "/v1/vouchers/{code}", Operation.CREATE_VOUCHER, this::create)
			.add("DELETE", "/v1/vouchers/{code}", Operation.DELETE_VOUCHER, this::delete)
			.add("POST", "/v1/vouchers/{code}/enable", Operation.ENABLE_VOUCHER, (ex) -> setActive(ex, true))
			.add("POST", "/v1/vouchers/{code}/disable", Operation.DISABLE_VOUCHER, (ex) -> setActive(ex, false));
	}

	private Mono<Reply> get(Exchange exchange) {
		return Mono.fromCallable(() -> Reply.json(200,
				this.state.locked(() -> VoucherJson.full(this.state.find(exchange.path("code"))))));
	}

	private Mono<Reply> create(Exchange exchange) {
		return exchange.jsonBody().map((body) -> {
			StoredVoucher voucher = VoucherJson.read(body, exchange.path("code"), this.state, this.state.nextSequence(),
					this.state.now());
			return Reply.json(200, this.state.locked(() -> VoucherJson.full(this.state.add(voucher))));
		});
	}

	private Mono<Reply> delete(Exchange exchange) {
		return Mono.fromCallable(() -> {
			boolean force = exchange.query().bool("force");
			this.state.locked(() -> {
				StoredVoucher voucher = this.state.find(exchange.path("code"));
				this.state.remove(voucher, !force);
				return voucher;
			});
			return Reply.noContent();
		});
	}

	private Mono<Reply> setActive(Exchange exchange, boolean active) {
		return Mono.fromCallable(() -> Reply.json(200, this.state.locked(() -> {
			StoredVoucher voucher = this.state.find(exchange.path("code"));
			voucher.active = active;
			voucher.updatedAt = this.state.now();
			return VoucherJson.full(voucher);
		})));
	}

	private Mono<Reply> list(Exchange exchange) {
		return Mono.fromCallable(() -> {
			RequestTarget.QueryParams query = exchange.query();
			int limit = Objects.requireNonNullElse(query.integer("limit", 1, 100), 10);
			int page = Objects.requireNonNullElse(query.integer("page", 1, 99), 1);
			String order = query.oneOf("order", "-created_at", ORDERS);
			Predicate<StoredVoucher> filter = filter(query);
			ObjectNode body = this.state.locked(() -> {
				List<StoredVoucher> matches = new ArrayList<>();
				for (StoredVoucher voucher : this.state.liveVouchers()) {
					if (filter.test(voucher)) {
						matches.add(voucher);
					}
				}
				matches.sort(comparator(order));
				ObjectNode list = Json.object();
				list.put("object", "list");
				list.put("data_ref", "vouchers");
				ArrayNode vouchers = list.putArray("vouchers");
				int from = (page - 1) * limit;
				for (int i = from; i < Math.min(matches.size(), from + limit); i++) {
					vouchers.add(VoucherJson.listItem(matches.get(i)));
				}
				list.put("total", matches.size());
				return list;
			});
			return Reply.json(200, body);
		});
	}

	private static Predicate<StoredVoucher> filter(RequestTarget.QueryParams query) {
		List<Predicate<StoredVoucher>> filters = new ArrayList<>();
		String category = query.first("category");
		if (category != null) {
			filters.add((v) -> v.category != null && (v.category.name().equals(category) || v.category.id().equals(category)));
		}
		String campaign = query.first("campaign");
		if (campaign != null) {
			filters.add((v) -> campaign.equals(v.campaign));
		}
		String campaignId = query.first("campaign_id");
		if (campaignId != null) {
			filters.add((v) -> campaignId.equals(v.campaignId));
		}
		String customer = query.first("customer");
		if (customer != null) {
			filters.add((v) -> v.holder != null && (customer.equals(v.holder.id()) || customer.equals(v.holder.sourceId())));
		}
		String code = query.first("code");
		if (code != null) {
			filters.add((v) -> v.code.equals(code));
		}
		List<String> ids = query.array("ids");
		if (!ids.isEmpty()) {
			Set<String> idSet = new HashSet<>(ids);
			filters.add((v) -> idSet.contains(v.id));
		}
		addTimeFilters(filters, query, "created_at", (v) -> v.createdAt);
		addTimeFilters(filters, query, "updated_at", (v) -> v.updatedAt);
		return (voucher) -> {
			for (Predicate<StoredVoucher> predicate : filters) {
				if (!predicate.test(voucher)) {
					return false;
				}
			}
			return true;
		};
	}

	private static void addTimeFilters(List<Predicate<StoredVoucher>> filters, RequestTarget.QueryParams query, String field,
			Function<StoredVoucher, Instant> time) {
		Instant before = instant(query, field + "[before]");
		if (before != null) {
			filters.add((v) -> time.apply(v) != null && time.apply(v).isBefore(before));
		}
		Instant after = instant(query, field + "[after]");
		if (after != null) {
			filters.add((v) -> time.apply(v) != null && time.apply(v).isAfter(after));
		}
	}

	/** ISO 8601 date-time, or a bare date meaning its midnight UTC. */
	private static Instant instant(RequestTarget.QueryParams query, String name) {
		String value = query.first(name);
		if (value == null) {
			return null;
		}
		try {
			return value.contains("T") ? Instant.parse(value) : LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw ErrorReply.invalidQueryParams("Property ." + name + " should match format \"date-time\"");
		}
	}

	/** Ties (same millisecond) fall back to insertion order, in the same direction. */
	private static Comparator<StoredVoucher> comparator(String order) {
		boolean descending = order.startsWith("-");
		Comparator<StoredVoucher> ascending = switch (order.replace("-", "")) {
			case "code" -> Comparator.comparing((StoredVoucher v) -> v.code);
			case "updated_at" -> Comparator.comparing((StoredVoucher v) -> v.updatedAt != null ? v.updatedAt : v.createdAt);
			default -> Comparator.comparing((StoredVoucher v) -> v.createdAt);
		};
		ascending = ascending.thenComparingLong((v) -> v.sequence);
		return descending ? ascending.reversed() : ascending;
	}

}
