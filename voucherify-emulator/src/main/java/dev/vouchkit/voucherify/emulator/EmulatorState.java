package dev.vouchkit.voucherify.emulator;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import tools.jackson.databind.node.ObjectNode;

/**
 * The in-memory store. One monitor guards everything: handlers run their whole read-modify-write
 * inside {@link #locked(Supplier)}, which keeps balances, bin and sessions consistent under
 * concurrent requests. Work under the lock is small (at most a sort of the vouchers for listing).
 */
final class EmulatorState {

	private final Clock clock;

	private final Map<String, StoredVoucher> liveByCode = new LinkedHashMap<>();

	private final Map<String, StoredVoucher> liveById = new HashMap<>();

	/** Codes of vouchers soft-deleted into the bin: invisible, but still reserved. */
	private final Set<String> binnedCodes = new HashSet<>();

	private final Map<String, StoredVoucher.Category> categoriesByName = new HashMap<>();

	private final Map<String, String> campaignIdsByName = new HashMap<>();

	private final Map<String, StoredVoucher.Customer> customersByKey = new HashMap<>();

	final Map<String, ExportJob> exports = new HashMap<>();

	final Map<String, AsyncActionJob> asyncActions = new HashMap<>();

	private long sequence;

	/** The asset host of the vouchers, as {@code https://dl.voucherify.io/api/v1/assets} is the API's. */
	private volatile String assetsUrl = "";

	EmulatorState(Clock clock) {
		this.clock = clock;
	}

	String assetsUrl() {
		return this.assetsUrl;
	}

	void assetsUrl(String assetsUrl) {
		this.assetsUrl = assetsUrl;
	}

	Instant now() {
		return Json.millis(this.clock.instant());
	}

	synchronized <T> T locked(Supplier<T> work) {
		return work.get();
	}

	synchronized long nextSequence() {
		return ++this.sequence;
	}

	/** Adds a voucher; codes live or in the bin are taken (409 duplicate_found), like the API. */
	synchronized StoredVoucher add(StoredVoucher voucher) {
		if (isCodeTaken(voucher.code) || this.liveById.containsKey(voucher.id)) {
			throw ErrorReply.duplicateCode(voucher.code);
		}
		this.liveByCode.put(voucher.code, voucher);
		this.liveById.put(voucher.id, voucher);
		return voucher;
	}

	synchronized boolean isCodeTaken(String code) {
		return this.liveByCode.containsKey(code) || this.binnedCodes.contains(code);
	}

	synchronized boolean isInBin(String code) {
		return this.binnedCodes.contains(code);
	}

	/** The live voucher for a path value, which may be the code or the {@code v_} id. */
	synchronized StoredVoucher find(String codeOrId) {
		StoredVoucher voucher = findOrNull(codeOrId);
		if (voucher == null) {
			throw ErrorReply.notFound("voucher", codeOrId);
		}
		return voucher;
	}

	synchronized StoredVoucher findOrNull(String codeOrId) {
		StoredVoucher voucher = this.liveByCode.get(codeOrId);
		return voucher != null ? voucher : this.liveById.get(codeOrId);
	}

	synchronized void remove(StoredVoucher voucher, boolean intoBin) {
		this.liveByCode.remove(voucher.code);
		this.liveById.remove(voucher.id);
		if (intoBin) {
			this.binnedCodes.add(voucher.code);
		}
	}

	synchronized Collection<StoredVoucher> liveVouchers() {
		return this.liveByCode.values();
	}

	synchronized int liveCount() {
		return this.liveByCode.size();
	}

	synchronized String openSession(String codeOrId, String sessionKey) {
		StoredVoucher voucher = find(codeOrId);
		String key = (sessionKey == null || sessionKey.isEmpty()) ? Ids.session() : sessionKey;
		voucher.sessions.add(key);
		return key;
	}

	/** Categories are shared by name, so every voucher in "First" shows the same id. */
	synchronized StoredVoucher.Category category(String name, Instant now) {
		return this.categoriesByName.computeIfAbsent(name, (n) -> new StoredVoucher.Category(Ids.category(), n, now));
	}

	synchronized String campaignId(String campaignName) {
		return this.campaignIdsByName.computeIfAbsent(campaignName, (n) -> Ids.campaign());
	}

	/**
	 * Holders are known by {@code cust_} id or by the merchant's source id; the list filter
	 * `customer` accepts either, so both keys map to one customer.
	 */
	synchronized StoredVoucher.Customer customer(String idOrSourceId) {
		if (idOrSourceId == null) {
			return null;
		}
		StoredVoucher.Customer known = this.customersByKey.get(idOrSourceId);
		if (known != null) {
			return known;
		}
		StoredVoucher.Customer customer = idOrSourceId.startsWith("cust_") ? new StoredVoucher.Customer(idOrSourceId, null)
				: new StoredVoucher.Customer(Ids.customer(), idOrSourceId);
		this.customersByKey.put(customer.id(), customer);
		if (customer.sourceId() != null) {
			this.customersByKey.put(customer.sourceId(), customer);
		}
		return customer;
	}

	synchronized void clear() {
		this.liveByCode.clear();
		this.liveById.clear();
		this.binnedCodes.clear();
		this.categoriesByName.clear();
		this.campaignIdsByName.clear();
		this.customersByKey.clear();
		this.exports.clear();
		this.asyncActions.clear();
	}

	/** A transactions export; its status follows its {@link JobTimeline}. */
	static final class ExportJob {

		final String id;

		final JobTimeline timeline;

		final String voucherCode;

		final ObjectNode parameters;

		final String token = Ids.token();

		/** The file, written when the export is first read after it finished. */
		String csv;

		ExportJob(String id, JobTimeline timeline, String voucherCode, ObjectNode parameters) {
			this.id = id;
			this.timeline = timeline;
			this.voucherCode = voucherCode;
			this.parameters = parameters;
		}

	}

	/** A CSV import's async action; its status follows its {@link JobTimeline}. */
	static final class AsyncActionJob {

		final String id;

		final String requestId;

		final JobTimeline timeline;

		/** What the action reports once finished: the import's counts, or the scripted failure's message. */
		final ObjectNode result;

		AsyncActionJob(String id, String requestId, JobTimeline timeline, ObjectNode result) {
			this.id = id;
			this.requestId = requestId;
			this.timeline = timeline;
			this.result = result;
		}

	}

}
