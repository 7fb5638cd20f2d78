package dev.vouchkit.sample;

import org.springframework.boot.SpringApplication;

/**
 * Runs the sample at development time ({@code ./mvnw -pl sample-app -am spring-boot:test-run}).
 */
public class TestSampleApplication {

	public static void main(String[] args) {
		SpringApplication.from(SampleApplication::main).run(args);
	}

}
