package dev.vouchkit.sample;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;

/**
 * The whole desk on a random port, calling the emulator through the starter, with a
 * {@code WebTestClient} bound to it. Test classes with exactly this annotation share one
 * application context (Spring caches it), so they reset the emulator before each test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
// Selenium warns it has no DevTools bindings for this Chromium version; the page test needs only WebDriver.
// The suite shares one context and makes more calls a minute than the sample's quota allows.
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "logging.level.org.openqa.selenium=ERROR", "voucherify.rate-limiter.limit-for-period=100000" })
// A first call on a loaded build machine can take longer than WebTestClient's default 5 s.
@AutoConfigureWebTestClient(timeout = "30s")
@Import(DemoEmulatorConfiguration.class)
@ExtendWith(ThreadsOnTimeout.class)
public @interface DeskOnEmulatorTest {

}
