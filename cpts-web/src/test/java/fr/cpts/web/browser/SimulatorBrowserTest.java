package fr.cpts.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A visitor, without an account, uses the funding simulator in a real browser. */
class SimulatorBrowserTest extends BrowserTest {

    @Test
    void aVisitorExpandsAPaymentToItsCalculationThenSimulatesAnotherPopulation() {
        browser.get(url("/simulateur"));
        assertThat(browser.findElement(By.cssSelector("#tranche h2")).getText()).contains("Tranche T3");

        WebElement firstPayment = browser.findElement(By.cssSelector("#echeancier tbody tr details"));
        WebElement explanation = firstPayment.findElement(By.cssSelector(".cpts-explication"));
        assertThat(explanation.isDisplayed()).isFalse();
        firstPayment.findElement(By.tagName("summary")).click();
        assertThat(explanation.isDisplayed()).isTrue();
        assertThat(explanation.getText()).contains("131 250,00 €", "ACI avenant 2");
        Browser.screenshot(browser, "simulateur-explication");

        WebElement population = browser.findElement(By.id("population"));
        population.clear();
        population.sendKeys("30000");
        submitAndWaitForTheNextPage();

        assertThat(browser.findElement(By.cssSelector("#tranche h2")).getText()).contains("Tranche T1");
        assertThat(browser.findElement(By.id("tranche")).getText()).contains("87 500,00 €");
        assertThat(browser.findElement(By.id("total-annee")).getText()).endsWith("€");
    }

    private void submitAndWaitForTheNextPage() {
        WebElement form = browser.findElement(By.tagName("form"));
        browser.findElement(By.id("calculer")).click();
        awaitReplaced(form);
    }

    @Test
    void aVisitorComparesTheMedicalAssistantOptions() {
        browser.get(url("/simulateur/assistant-medical"));

        browser.findElement(By.cssSelector("label[for=option-FULL]")).click();
        submitAndWaitForTheNextPage();

        assertThat(browser.findElement(By.id("montants")).getText())
                .contains("38 000,00 €", "28 000,00 €", "22 000,00 €");
        assertThat(browser.findElement(By.id("total-assistant")).getText()).isEqualTo("132 000,00 €");
        Browser.screenshot(browser, "assistant-medical");
    }
}
