package dev.vouchkit.sample;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.vouchkit.voucherify.emulator.VoucherifyEmulator;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The desk's page in a real browser: headless Chromium opens it, picks a gift card, tops
 * it up and sees the new balance, the history line and the call in the metrics table.
 * <p>
 * Uses Debian's {@code chromium} and {@code chromium-driver} ({@code .ci/run} installs
 * them); fails, never skips, where they are absent. Both paths are given explicitly so
 * that Selenium Manager never tries to download a browser or driver.
 */
@DeskOnEmulatorTest
class GiftCardPageBrowserTests {

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	@LocalServerPort
	private int port;

	@Autowired
	private VoucherifyEmulator emulator;

	@TempDir
	private Path browserProfile;

	private WebDriver browser;

	private WebDriverWait wait;

	@BeforeAll
	static void requireChromium() {
		assertThat(List.of(CHROMEDRIVER, CHROMIUM)).as("The browser test needs Debian's chromium and chromium-driver"
				+ " (apt-get install chromium chromium-driver; .ci/run installs them)")
			.allSatisfy((program) -> assertThat(Files.isExecutable(program)).as(program + " is executable").isTrue());
	}

	@BeforeEach
	void openBrowser() {
		this.emulator.reset();
		DemoEmulatorConfiguration.seedDemoVouchers(this.emulator);
		System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toString());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--no-first-run", "--user-data-dir=" + this.browserProfile);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		this.browser = new ChromeDriver(service, options);
		this.wait = new WebDriverWait(this.browser, Duration.ofSeconds(15));
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void topsUpAGiftCardAndSeesTheNewBalance() {
		this.browser.get("http://localhost:" + this.port + "/");
		new Select(this.wait.until(ExpectedConditions.elementToBeClickable(By.id("category"))))
			.selectByValue("gift-cards");
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("page-info"), "(6 vouchers)"));

		By card = By.cssSelector("#vouchers tr[data-code='GIFT-WELCOME-50']");
		this.wait.until(ExpectedConditions.elementToBeClickable(card)).click();
		this.wait.until(ExpectedConditions.textToBe(By.id("card-balance"), "€50.00"));

		WebElement amount = this.browser.findElement(By.id("amount"));
		amount.clear();
		amount.sendKeys("25.00");
		this.browser.findElement(By.id("top-up")).click();

		this.wait.until(ExpectedConditions.textToBe(By.id("card-balance"), "€75.00"));
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "balance is now €75.00"));
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#history tbody"),
				"CREDITS_ADDITION"));
		this.wait.until(ExpectedConditions
			.presenceOfElementLocated(By.cssSelector("#metrics tr[data-operation='vouchers.balance.update']")));
		assertThat(this.emulator.voucher("GIFT-WELCOME-50").orElseThrow().at("/gift/balance").asLong())
			.isEqualTo(7500);

		// more than the balance, in the units typed: the refusal speaks them too
		amount.clear();
		amount.sendKeys("99999");
		this.browser.findElement(By.id("deduct")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"),
				"Cannot deduct €99,999.00 from GIFT-WELCOME-50: its balance is €75.00"));
		assertThat(this.browser.findElement(By.id("amount-currency")).getText()).isEqualTo("EUR");
		assertThat(this.emulator.voucher("GIFT-WELCOME-50").orElseThrow().at("/gift/balance").asLong())
			.isEqualTo(7500);
	}

}
