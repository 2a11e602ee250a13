package lexsite.site.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.commons.io.FileUtils;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium driven through Debian's chromedriver, the pair .ci/run installs. Both paths are given
 * explicitly, so Selenium Manager never looks for, or downloads, a browser or a driver.
 */
public final class Chromium implements AutoCloseable {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final String INSTALL = "install Debian's chromium and chromium-driver, as .ci/run does";
    /**
     * Selenium warns when it ships no DevTools bindings for this Chromium's version; the tests use none (their
     * DevTools commands go through chromedriver), so the warning is noise. Held here so the setting is not collected.
     */
    private static final Logger CDP_VERSION_FINDER = quiet("org.openqa.selenium.devtools.CdpVersionFinder");

    private final ChromeDriver driver;
    private final Path profile;

    private Chromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts a fresh browser; skips the calling test when Chromium or chromedriver is not installed. */
    public static Chromium start() {
        Prerequisite.require(Files.isExecutable(BROWSER), "Chromium not found at " + BROWSER + ": " + INSTALL);
        Prerequisite.require(Files.isExecutable(DRIVER), "chromedriver not found at " + DRIVER + ": " + INSTALL);
        Path profile = temporaryProfile();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments(
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,900", "--user-data-dir=" + profile);
        // The console, read back through chromedriver: a page's script errors and failed loads land there.
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        try {
            return new Chromium(new ChromeDriver(service, options), profile);
        } catch (RuntimeException e) {
            deleteProfile(profile);
            throw e;
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** The console's errors since the last call, as {@code message}; reading them empties the log. */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteProfile(profile);
        }
    }

    private static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    private static Path temporaryProfile() {
        try {
            return Files.createTempDirectory("lexsite-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a Chromium profile folder", e);
        }
    }

    private static void deleteProfile(Path profile) {
        FileUtils.deleteQuietly(profile.toFile());
    }
}
