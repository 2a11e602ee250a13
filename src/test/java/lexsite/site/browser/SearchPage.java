package lexsite.site.browser;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search page, or the home page's search box, open in the browser: typing a query and reading back what
 * search/ui.js shows. The results list says which query and filter it shows in data-query and data-filter.
 */
final class SearchPage {

    /** How long a search may take to show; a bound for a hung page, not a performance target. */
    static final Duration PATIENCE = Duration.ofSeconds(10);

    private final ChromeDriver driver;
    private final String inputId;
    private final String listId;
    private final String statusId;

    private SearchPage(ChromeDriver driver, String inputId, String listId, String statusId) {
        this.driver = driver;
        this.inputId = inputId;
        this.listId = listId;
        this.statusId = statusId;
    }

    /** The search page's box, results and live region. */
    static SearchPage page(ChromeDriver driver) {
        return new SearchPage(driver, "q", "search-results", "search-status");
    }

    /** The home page's box. */
    static SearchPage home(ChromeDriver driver) {
        return new SearchPage(driver, "home-q", "home-results", "home-status");
    }

    WebElement input() {
        return driver.findElement(By.id(inputId));
    }

    WebElement status() {
        return driver.findElement(By.id(statusId));
    }

    /** Clears the box and types {@code query} as a reader would, then waits for its results. */
    SearchPage type(String query) {
        WebElement input = input();
        input.clear();
        input.sendKeys(query);
        return awaitResults(query);
    }

    /** Puts {@code query} in the box and fires one input event, as a paste does, then waits for its results. */
    SearchPage paste(String query) {
        driver.executeScript("const box = arguments[0]; box.value = arguments[1]; box.dispatchEvent(new Event('input', {bubbles: true}));",
                input(), query);
        return awaitResults(query);
    }

    /** Waits until the list shows the results of {@code query} (with any filter). */
    SearchPage awaitResults(String query) {
        new WebDriverWait(driver, PATIENCE)
                .withMessage(() -> "no results shown for '" + query + "'; the list shows '" + shownQuery() + "'; console: "
                        + driver.manage().logs().get("browser").getAll())
                .until(d -> query.equals(shownQuery()));
        return this;
    }

    /** Waits until the list shows results filtered by {@code filter} ("" for all). */
    SearchPage awaitFilter(String filter) {
        new WebDriverWait(driver, PATIENCE).withMessage(() -> "the results never showed filter '" + filter + "'")
                .until(d -> filter.equals(list().getAttribute("data-filter")));
        return this;
    }

    /** Waits for the live region to speak of the query shown, and returns what it said. */
    String awaitStatus() {
        String query = shownQuery();
        return new WebDriverWait(driver, PATIENCE).withMessage(() -> "the live region said nothing of '" + query + "': " + status().getText())
                .until(d -> {
                    String text = status().getText();
                    return query != null && text.contains(query.strip()) ? text : null;
                });
    }

    String shownQuery() {
        return list().getAttribute("data-query");
    }

    WebElement list() {
        return driver.findElement(By.id(listId));
    }

    /** The result links in order; each hit's has its document id in data-id. */
    List<WebElement> links() {
        return list().findElements(By.cssSelector("a.result-link[data-id]"));
    }

    /** The ids of the first {@code n} hits. */
    @SuppressWarnings("unchecked")
    List<String> ids(int n) {
        return (List<String>) driver.executeScript(
                "return Array.from(arguments[0].querySelectorAll('a.result-link[data-id]')).slice(0, arguments[1]).map(a => a.dataset.id);",
                list(), n);
    }

    /** The kinds of the hits shown. */
    @SuppressWarnings("unchecked")
    List<String> kinds() {
        return (List<String>) driver.executeScript(
                "return Array.from(arguments[0].querySelectorAll('a.result-link[data-id]')).map(a => a.dataset.kind);", list());
    }
}
