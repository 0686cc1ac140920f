package fr.cpts.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The public territorial diagnostic in a real browser, without signing in: a visitor pastes INSEE codes, reads the
 * table beside Gironde and Nouvelle-Aquitaine with its flows, then finds an EPCI by name; every state passes
 * axe-core's WCAG 2.1 AA rules.
 */
class DiagnosticBrowserTest extends BrowserTest {

    @Test
    void aVisitorPastesCommunesThenFindsAnEpciAndReadsTheirDiagnostic() {
        browser.get(url("/diagnostic"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Diagnostic d'un territoire");
        assertThat(Accessibility.violations(browser))
                .as("diagnostic, formulaire")
                .isEmpty();

        browser.findElement(By.id("communes")).sendKeys("33227 33529\n33106");
        submit(By.cssSelector("#diagnostic-communes-form button[type=submit]"));

        WebElement table = browser.findElement(By.id("tableau-diagnostic"));
        assertThat(table.findElements(By.cssSelector("thead th")))
                .extracting(WebElement::getText)
                .containsExactly(
                        "Indicateur", "Territoire étudié (3 communes)", "Gironde (33)", "Nouvelle-Aquitaine", "France");
        assertThat(browser.findElement(By.id("donnees-fictives")).getText())
                .as("a DSFR badge, shown in capitals")
                .isEqualToIgnoringCase("Données fictives de démonstration");
        assertThat(browser.findElement(By.id("tableau-flux")).isDisplayed()).isTrue();
        assertThat(Accessibility.violations(browser))
                .as("diagnostic de 3 communes")
                .isEmpty();

        browser.findElement(By.id("recherche-epci")).sendKeys("Sud Gironde");
        submit(By.cssSelector("#diagnostic-epci-form button[type=submit]"));
        browser.findElement(By.cssSelector("#resultats-epci a")).click();
        assertThat(browser.findElement(By.cssSelector("#resultat-diagnostic h2"))
                        .getText())
                .containsIgnoringCase("Sud Gironde");
        assertThat(Accessibility.violations(browser)).as("diagnostic d'un EPCI").isEmpty();
    }
}
