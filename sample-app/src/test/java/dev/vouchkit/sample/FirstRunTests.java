package dev.vouchkit.sample;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a new user meets first: the console line that says where the desk is and that it runs
 * on the embedded emulator (and where that is), and a README tour that names the validation
 * session the demo data opens.
 */
@ExtendWith(OutputCaptureExtension.class)
class FirstRunTests extends OnDemoVouchers {

	@Autowired
	@Qualifier("emulatorNotice")
	private ApplicationListener<ApplicationReadyEvent> emulatorNotice;

	@Autowired
	private ConfigurableApplicationContext context;

	@LocalServerPort
	private int port;

	@Test
	void onceReadyTheConsoleSaysTheDeskRunsOnTheEmbeddedEmulatorAndWhere(CapturedOutput output) {
		// The shared context started before this test; its ready event is sent again to read what it logs.
		this.emulatorNotice.onApplicationEvent(
				new ApplicationReadyEvent(new SpringApplication(), new String[0], this.context, Duration.ZERO));
		assertThat(output.getOut()).contains("The gift-card desk is at http://localhost:" + this.port
				+ "/; it runs on the embedded Voucherify emulator at " + this.emulator.baseUrl())
			.contains("validation session ssn_checkout_1 is open on TENOFF");
	}

	@Test
	void theReadmeTourNamesEveryValidationSessionTheDemoOpens() throws Exception {
		String readme = Files.readString(Path.of("..", "README.md"));
		JsonNode seed = JsonMapper.builder()
			.build()
			.readTree(new ClassPathResource(DemoEmulatorConfiguration.DEMO_VOUCHERS).getInputStream());
		assertThat(seed.get("sessions")).isNotEmpty();
		for (JsonNode session : seed.get("sessions")) {
			assertThat(readme).contains("/api/vouchers/" + session.get("voucher").asString() + "/sessions/"
					+ session.get("key").asString());
		}
		assertThat(seed.get("sessions").get(0).get("key").asString()).isEqualTo(DemoEmulatorConfiguration.DEMO_SESSION);
	}

}
