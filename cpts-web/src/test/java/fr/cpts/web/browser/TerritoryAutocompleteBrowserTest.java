package fr.cpts.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The demo porteur adds a commune to their territory through the autocomplete, in a real browser. */
class TerritoryAutocompleteBrowserTest extends BrowserTest {

    @Test
    void thePorteurPicksBordeauxFromTheSuggestionsAndSeesThePopulationAndBracketChange() {
        signIn("porteur", "porteur-demo");
        browser.get(url("/porteur/cpts/territoire"));

        String populationBefore =
                browser.findElement(By.id("population-totale")).getText();
        String bracketBefore = browser.findElement(By.id("tranche-code")).getText();
        assertThat(browser.findElements(By.cssSelector("#communes tr[data-code='33063']")))
                .isEmpty();

        browser.findElement(By.id("recherche-commune")).sendKeys("bordea");
        WebElement suggestion = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.elementToBeClickable(By.id("suggestion-33063")));
        assertThat(suggestion.getText()).contains("Bordeaux", "33063", "Gironde", "hab.");
        Browser.screenshot(browser, "territoire-autocompletion");
        suggestion.click();

        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("message-succes")));
        assertThat(browser.findElement(By.id("message-succes")).getText())
                .isEqualTo("Bordeaux a été ajoutée au territoire.");
        assertThat(browser.findElements(By.cssSelector("#communes tr[data-code='33063']")))
                .hasSize(1);
        assertThat(browser.findElement(By.id("population-totale")).getText())
                .isNotEqualTo(populationBefore)
                .endsWith("habitants");
        assertThat(bracketBefore).isNotEqualTo("Tranche T4");
        assertThat(browser.findElement(By.id("tranche-code")).getText()).isEqualTo("Tranche T4");
        assertThat(browser.findElement(By.id("tranche-lecture")).getText()).startsWith("T4 : plus de 175 000");
        Browser.screenshot(browser, "territoire-apres-ajout");
    }
}
