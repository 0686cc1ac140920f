package fr.cpts.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The public map and directory in a real browser, without signing in: a département of the map is reached with the
 * keyboard and chosen with Enter, which lists its CPTS; the directory is searched by name; both pages pass axe-core's
 * WCAG 2.1 AA rules.
 */
class PublicPagesBrowserTest extends BrowserTest {

    @Test
    void aVisitorChoosesGirondeOnTheMapWithTheKeyboardAndReadsItsCpts() {
        browser.get(url("/carte"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Carte des CPTS");
        assertThat(browser.findElements(By.cssSelector("svg.cpts-carte__metropole a")))
                .hasSize(96);
        assertThat(browser.findElements(By.cssSelector("#outre-mer a"))).hasSizeGreaterThanOrEqualTo(5);
        assertThat(browser.findElement(By.id("credit-carte")).getText()).contains("CC BY 4.0");
        assertThat(Accessibility.violations(browser)).as("carte des CPTS").isEmpty();

        WebElement gironde = browser.findElement(By.id("carte-33"));
        assertThat(gironde.getAttribute("aria-label")).startsWith("Gironde (33) : ");
        gironde.sendKeys(Keys.ENTER);
        assertThat(browser.getCurrentUrl()).endsWith("/carte?departement=33#departement-choisi");
        assertThat(browser.findElement(By.cssSelector("#departement-choisi h2")).getText())
                .isEqualTo("CPTS du département : Gironde (33)");
        assertThat(Accessibility.violations(browser))
                .as("carte, Gironde choisie")
                .isEmpty();
    }

    @Test
    void aVisitorSearchesTheDirectoryByName() {
        browser.get(url("/annuaire"));
        assertThat(Accessibility.violations(browser)).as("annuaire des CPTS").isEmpty();
        String first = browser.findElement(By.cssSelector("#annuaire tbody th[scope=row]"))
                .getText();
        browser.findElement(By.id("nom")).sendKeys(first);
        submit(By.cssSelector("#recherche button[type=submit]"));
        assertThat(browser.findElements(By.cssSelector("#annuaire tbody th[scope=row]")))
                .isNotEmpty()
                .allSatisfy(row -> assertThat(row.getText()).containsIgnoringCase(first));
    }
}
