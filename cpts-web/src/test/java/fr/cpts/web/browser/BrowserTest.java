package fr.cpts.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpts.persistence.testing.PostgresTestDatabase;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test of what a person does in a real browser: the whole application on a random port and a real PostgreSQL
 * (demo data loaded), and a fresh headless Chromium for each test (skipped when Chromium is absent).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = PostgresTestDatabase.class)
abstract class BrowserTest {

    @LocalServerPort
    protected int port;

    protected ChromeDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open();
    }

    /** The address of a page of the application under test. */
    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Signs in through the login page and waits for the page it leads to. */
    protected void signIn(String username, String password) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        submit(By.cssSelector("#formulaire-connexion button[type=submit]"));
    }

    /** Clicks and waits for the next page (the clicked element goes stale). */
    protected void submit(By clickable) {
        WebElement element = browser.findElement(clickable);
        element.click();
        awaitReplaced(element);
    }

    /**
     * Clicks an irreversible act's button: its confirmation opens in a modal with « Annuler » focused, saying
     * {@code consequence}, with no accessibility violation, and nothing is posted until its confirm button is clicked.
     */
    protected void confirm(By act, String modalId, String consequence) {
        String address = browser.getCurrentUrl();
        browser.findElement(act).click();
        WebElement modal = browser.findElement(By.id(modalId));
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(driver -> modal.isDisplayed()
                        && browser.switchTo().activeElement().getAttribute("data-confirmation-cancel") != null);
        assertThat(modal.getText()).contains(consequence);
        assertThat(browser.switchTo().activeElement().getText()).isEqualTo("Annuler");
        assertThat(Accessibility.violationsIn(browser, "#" + modalId)).isEmpty();
        assertThat(browser.getCurrentUrl()).isEqualTo(address);
        submit(By.id(modalId + "-confirmer"));
    }

    /**
     * Opens a DSFR tab and waits until its panel is shown and has stopped moving (the DSFR slides panels in: a click
     * during the slide lands beside its target).
     */
    protected void openTab(String tabId) {
        WebElement tab = browser.findElement(By.id(tabId));
        tab.click();
        WebElement panel = browser.findElement(By.id(tab.getAttribute("aria-controls")));
        String[] last = {""};
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(driver -> {
            if (!panel.getAttribute("class").contains("fr-tabs__panel--selected")) {
                return false;
            }
            String rect = String.valueOf(browser.executeScript(
                    "const r = arguments[0].getBoundingClientRect(); return r.x + ',' + r.y;", panel));
            boolean still = rect.equals(last[0]);
            last[0] = rect;
            return still;
        });
    }

    /**
     * Waits until that element of the previous page is gone. While the next page loads, Chromium may answer that the
     * node no longer belongs to the document instead of calling it stale: both mean the page was replaced.
     */
    protected void awaitReplaced(WebElement element) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException replaced) {
                return true;
            } catch (WebDriverException detached) {
                String message = detached.getMessage();
                return message != null && message.contains("does not belong to the document");
            }
        });
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }
}
