package fr.cpts.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A person signs in with a real browser, sees their role's home, and signs out. */
class SignInJourneyBrowserTest extends BrowserTest {

    @Test
    void anArsOfficerSignsInSeesTheRegionsCptsAndSignsOut() {
        browser.get(url("/ars"));
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Connexion à la plateforme CPTS");

        browser.findElement(By.id("username")).sendKeys("ars");
        browser.findElement(By.id("password")).sendKeys("ars-demo");
        browser.findElement(By.cssSelector("#formulaire-connexion button[type=submit]"))
                .click();

        waitForPath("/ars");
        assertThat(browser.findElement(By.id("utilisateur-connecte")).getText()).isEqualTo("Julien Lefèvre");
        assertThat(browser.findElement(By.id("liste-cpts")).getText())
                .contains("CPTS Sud Gironde", "CPTS Pays Basque")
                .doesNotContain("Grande-Terre");
        assertThat(browser.findElement(By.cssSelector(".fr-nav__link[aria-current=page]"))
                        .getText())
                .isEqualTo("CPTS de la région");
        Browser.screenshot(browser, "ars-accueil");

        browser.findElement(By.cssSelector("form[action='/logout'] button")).click();

        waitForPath("/login?deconnecte");
        assertThat(browser.getPageSource()).contains("Vous êtes déconnecté.");
        browser.get(url("/ars"));
        assertThat(browser.getCurrentUrl()).endsWith("/login");
    }

    private void waitForPath(String path) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(url(path)));
    }

    @Test
    void aWrongPasswordShowsTheGenericErrorInFrench() {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys("porteur");
        browser.findElement(By.id("password")).sendKeys("pas-le-bon");
        browser.findElement(By.cssSelector("#formulaire-connexion button[type=submit]"))
                .click();

        assertThat(browser.findElement(By.cssSelector(".fr-alert--error")).getText())
                .isEqualTo("Identifiant ou mot de passe incorrect.");
    }
}
