package dev.vouchkit.voucherify.resilience;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;

import dev.vouchkit.voucherify.VoucherifyErrorResponse.RateLimit;
import dev.vouchkit.voucherify.VoucherifyExchange;
import dev.vouchkit.voucherify.VoucherifyExchangeListener;

/**
 * The project's API quota as Voucherify last reported it in the {@code X-Rate-Limit-*}
 * headers of a reply. Voucherify counts calls per project, so these numbers already
 * include every instance of an application: once they say nothing remains,
 * {@link #holdFor(Instant)} tells how long to hold further calls, until the reset,
 * instead of sending them into 429s.
 */
public final class VoucherifyQuota implements VoucherifyExchangeListener {

	private final AtomicReference<@Nullable Report> last = new AtomicReference<>();

	private final Clock clock;

	public VoucherifyQuota() {
		this(Clock.systemUTC());
	}

	VoucherifyQuota(Clock clock) {
		this.clock = clock;
	}

	@Override
	public void onExchange(VoucherifyExchange exchange) {
		RateLimit rateLimit = exchange.rateLimit();
		if (!rateLimit.isReported()) {
			return;
		}
		Report previous = this.last.get();
		// A 429 says which quota it hit; later replies of the same window no longer do.
		String limitType = (rateLimit.limitType() != null) ? rateLimit.limitType()
				: (previous != null && sameWindow(previous, rateLimit)) ? previous.limitType() : null;
		this.last.set(new Report(rateLimit.limit(), rateLimit.remaining(), rateLimit.retryAt(), limitType,
				exchange.time()));
	}

	private static boolean sameWindow(Report previous, RateLimit rateLimit) {
		return previous.resetAt() != null && previous.resetAt().equals(rateLimit.retryAt());
	}

	/**
	 * The quota as last reported.
	 * @return the last report, empty before the first reply with the headers
	 */
	public Optional<Report> lastReported() {
		return Optional.ofNullable(this.last.get());
	}

	/**
	 * How long a call must wait before it is sent: until the reported reset once the last
	 * reply said no calls remain, else not at all.
	 * @param now the current time
	 * @return the wait, {@link Duration#ZERO} when a call may go now
	 */
	public Duration holdFor(Instant now) {
		Report report = this.last.get();
		if (report == null || report.remaining() == null || report.remaining() > 0 || report.resetAt() == null
				|| !report.resetAt().isAfter(now)) {
			return Duration.ZERO;
		}
		return Duration.between(now, report.resetAt());
	}

	/**
	 * How long a call must wait now.
	 * @return the wait, {@link Duration#ZERO} when a call may go now
	 * @see #holdFor(Instant)
	 */
	public Duration holdFor() {
		return holdFor(this.clock.instant());
	}

	Clock clock() {
		return this.clock;
	}

	@Override
	public String toString() {
		return "VoucherifyQuota" + lastReported().map(Report::toString).orElse("[not yet reported]");
	}

	/**
	 * What one reply said about the quota.
	 *
	 * @param limit {@code X-Rate-Limit-Limit}: calls allowed in the period
	 * @param remaining {@code X-Rate-Limit-Remaining}: calls left in the period
	 * @param resetAt {@code X-Rate-Limit-Retry}: when the period ends
	 * @param limitType {@code X-Rate-Limit-Type} of the last 429 in this period, else
	 * {@code null}
	 * @param reportedAt when the reply arrived
	 */
	public record Report(@Nullable Long limit, @Nullable Long remaining, @Nullable Instant resetAt,
			@Nullable String limitType, Instant reportedAt) {

	}

}
