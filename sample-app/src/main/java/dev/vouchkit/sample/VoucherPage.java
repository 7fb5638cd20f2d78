package dev.vouchkit.sample;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import dev.vouchkit.voucherify.model.Voucher;

/**
 * A page of vouchers as the desk's API returns it. Field names follow Voucherify's
 * snake_case, like the vouchers inside.
 */
public record VoucherPage(@JsonProperty("page") int page, @JsonProperty("limit") int limit,
		@JsonProperty("total") long total, @JsonProperty("has_more") boolean hasMore,
		@JsonProperty("vouchers") List<Voucher> vouchers) {

	static VoucherPage of(int page, int limit, Long total, List<Voucher> vouchers) {
		long matches = (total != null) ? total : vouchers.size();
		return new VoucherPage(page, limit, matches, (long) page * limit < matches, vouchers);
	}

}
