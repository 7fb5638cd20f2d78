package dev.vouchkit.sample;

import org.springframework.boot.SpringApplication;

/**
 * Runs the desk at development time on the embedded emulator, seeded with demo vouchers, on
 * port 8080: {@code ./mvnw -q -pl sample-app -am spring-boot:test-run}. No Voucherify
 * account needed.
 */
public class TestSampleApplication {

	public static void main(String[] args) {
		SpringApplication.from(SampleApplication::main).with(DemoEmulatorConfiguration.class).run(args);
	}

}
