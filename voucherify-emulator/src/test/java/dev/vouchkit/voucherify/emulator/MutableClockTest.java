package dev.vouchkit.voucherify.emulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MutableClockTest {

	private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

	@Test
	void standsStillUntilMovedAndAClockInAnotherZoneMovesWithIt() {
		MutableClock clock = new MutableClock(START);
		Clock warsaw = clock.withZone(ZoneId.of("Europe/Warsaw"));
		assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
		assertThat(warsaw.getZone()).isEqualTo(ZoneId.of("Europe/Warsaw"));
		assertThat(clock.instant()).isEqualTo(START).isEqualTo(warsaw.instant());
		clock.advance(Duration.ofMinutes(5));
		assertThat(clock.instant()).isEqualTo(START.plus(Duration.ofMinutes(5))).isEqualTo(warsaw.instant());
	}

}
