package org.parallax.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.parallax.FakeStripe;
import org.parallax.Inbox;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a real port, driven by Debian's Chromium through chromedriver. Where
 * the browser is missing the tests are skipped with the reason, except when
 * {@code PARALLAX_TEST_BROWSER=required} (CI sets it): then they fail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
public abstract class BrowserTest {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("PARALLAX_CHROMIUM", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getenv().getOrDefault("PARALLAX_CHROMEDRIVER", "/usr/bin/chromedriver"));
    static final int PORT = freePort();
    static final Path DATA = folder("parallax-browser-data");

    protected static WebDriver browser;

    @DynamicPropertySource
    static void application(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("parallax.data", DATA::toString);
        registry.add("parallax.base-url", () -> "http://localhost:" + PORT);
        // Stripe's webhook signatures are checked with this secret; Checkout itself is not driven here.
        registry.add("parallax.billing.stripe-webhook-secret", () -> FakeStripe.WEBHOOK_SECRET);
        registry.add("parallax.feeds.seed-defaults", () -> "false");
    }

    @BeforeAll
    static void openBrowser() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!present && "required".equals(System.getenv("PARALLAX_TEST_BROWSER"))) {
            throw new AssertionError("The browser tests need " + CHROMIUM + " and " + DRIVER
                    + " (Debian: apt-get install chromium chromium-driver)");
        }
        Assumptions.assumeTrue(present, "no Chromium here: install chromium and chromium-driver to run the browser tests");
        if (browser != null) {
            return;
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1000", "--user-data-dir=" + folder("parallax-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.manage().deleteAllCookies();
        }
    }

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (browser != null) {
                browser.quit();
            }
        }));
    }

    protected static String base() {
        return "http://localhost:" + PORT;
    }

    protected static boolean present(String css) {
        browser.manage().timeouts().implicitlyWait(Duration.ZERO);
        try {
            return !browser.findElements(By.cssSelector(css)).isEmpty();
        } finally {
            browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        }
    }

    protected static void open(String path) {
        browser.get("http://localhost:" + PORT + path);
    }

    protected static WebElement find(String css) {
        return browser.findElement(By.cssSelector(css));
    }

    /** Clicks what submits a form or follows a link, and waits for the next page to replace this one. */
    protected static void clickThrough(String css) {
        WebElement element = find(css);
        element.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> replaced(element));
    }

    /**
     * Whether the page that held the element has gone. Chromium reports a node of a document being
     * replaced either as stale or, mid-navigation, as a node that "does not belong to the document".
     */
    private static boolean replaced(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException gone) {
            return true;
        } catch (WebDriverException midNavigation) {
            if (String.valueOf(midNavigation.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw midNavigation;
        }
    }

    protected static String pageText() {
        return browser.findElement(By.tagName("body")).getText();
    }

    protected static Inbox inbox() {
        return Inbox.in(DATA);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path folder(String prefix) {
        try {
            Path folder = Files.createTempDirectory(prefix);
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
