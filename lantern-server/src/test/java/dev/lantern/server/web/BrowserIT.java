package dev.lantern.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lantern.server.ServerFixture;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The analyst's walk through the UI in a real browser: Debian's headless chromium driven by {@code
 * /usr/bin/chromedriver} (set explicitly, so Selenium Manager never downloads anything).
 * Screenshots go to {@code target/screenshots/}. Skips, saying why, when chromium or chromedriver
 * is not installed ({@code apt-get install chromium chromium-driver}; CI installs both).
 */
class BrowserIT {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SHOTS = Path.of("target", "screenshots");

  static final String REPORT =
      "Dutch intelligence: Chinese state hackers behind FortiGate espionage campaign\n\n"
          + "The Netherlands said APT28 is not involved; instead a Chinese state-backed group used"
          + " the COATHANGER malware against a defence research network, exploiting"
          + " CVE-2022-42475.\nThe implant beaconed to 185.220.101[.]47 and"
          + " update-fortinet-cdn[.]net.\n";

  static final String HOSTILE =
      "Hostile report <script>window.__xss = 1</script> with"
          + " <img src=x onerror=\"window.__xss = 2\"> inside; APT28 again.";

  @TempDir Path dir;
  ServerFixture s;
  WebDriver browser;

  @BeforeEach
  void start() throws Exception {
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "skipping the browser test: /usr/bin/chromium or /usr/bin/chromedriver is missing"
            + " (apt-get install chromium chromium-driver)");
    s = new ServerFixture(dir);
    Files.createDirectories(SHOTS);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1366,1000",
        "--user-data-dir=" + Files.createTempDirectory(dir, "chromium-profile"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(DRIVER.toFile())
            .usingAnyFreePort()
            .build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (s != null) {
      s.close();
    }
  }

  private void open(String path) {
    browser.get(s.uri(path).toString());
  }

  private void shot(String name) throws Exception {
    File f = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(
        f.toPath(),
        SHOTS.resolve(name + ".png"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  private void paste(String text) {
    open("/ingest");
    browser.findElement(By.name("text")).sendKeys(text);
    browser.findElement(By.id("ingest-text")).click();
    waitUntil(ExpectedConditions.urlContains("/reports/report--"));
  }

  /** Clicks only start a navigation; wait for the page they lead to (the machine may be busy). */
  private void waitUntil(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
    new WebDriverWait(browser, Duration.ofSeconds(90)).until(condition);
  }

  @Test
  void analyst_ingestsAReportSeesHighlightsOpensTheActorAndSweepsALog() throws Exception {
    open("/");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Dashboard");
    shot("01-dashboard-empty");

    paste(REPORT);
    assertThat(browser.getCurrentUrl()).contains("/reports/report--");
    List<WebElement> indicators = browser.findElements(By.cssSelector(".doc .hl-indicator"));
    assertThat(indicators)
        .extracting(WebElement::getText)
        .contains("185.220.101[.]47", "update-fortinet-cdn[.]net");
    assertThat(browser.findElements(By.cssSelector(".doc .hl-malware")))
        .extracting(WebElement::getText)
        .contains("COATHANGER");
    assertThat(browser.findElements(By.cssSelector(".doc .hl-vulnerability"))).isNotEmpty();
    assertThat(browser.findElement(By.cssSelector(".lang")).getText()).isEqualTo("en");
    shot("02-report");

    browser.findElement(By.cssSelector(".doc a.hl-actor")).click();
    waitUntil(ExpectedConditions.urlContains("/objects/intrusion-set--"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("APT28");
    assertThat(browser.getPageSource()).contains("Timeline").contains("Indicators");
    shot("03-actor");

    Path log = dir.resolve("firewall.log");
    Files.writeString(
        log,
        "2024-02-06T08:21:47Z fw ACCEPT src=10.0.0.3 dst=185.220.101.47 dport=443\n"
            + "2024-02-06T08:21:48Z dns query name=api.update-fortinet-cdn.net\n"
            + "2024-02-06T08:22:00Z dns query name=www.example.org\n",
        StandardCharsets.UTF_8);
    open("/sweep");
    browser.findElement(By.name("log")).sendKeys(log.toAbsolutePath().toString());
    browser.findElement(By.id("sweep-upload")).click();
    waitUntil(ExpectedConditions.textToBe(By.tagName("h1"), "Sweep results"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Sweep results");
    List<WebElement> rows = browser.findElements(By.cssSelector("table.hits tbody tr"));
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).getText()).contains("185.220.101.47");
    shot("04-sweep");

    open("/");
    assertThat(browser.getPageSource()).doesNotContain("No sightings yet");
    shot("05-dashboard");
  }

  @Test
  void hostileReportShowsAsTextAndRunsNothing() throws Exception {
    paste(HOSTILE);
    assertThat(browser.getCurrentUrl()).contains("/reports/report--");
    Object xss =
        ((JavascriptExecutor) browser)
            .executeScript("return window.__xss === undefined ? null : window.__xss;");
    assertThat(xss).as("no injected script ran").isNull();
    String text = browser.findElement(By.cssSelector(".doc")).getText();
    assertThat(text).contains("<script>window.__xss = 1</script>").contains("onerror=");
    assertThat(browser.findElements(By.cssSelector(".doc img, .doc script"))).isEmpty();
    shot("06-hostile-report");
  }
}
