package fr.cpts.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The State shell as a porteur uses it: sub-menus, a step not reached yet, the footer's pages, the breadcrumb. */
class ShellBrowserTest extends BrowserTest {

    @Test
    void aPorteurOpensTheDossiersSubMenuAndSeesTheHealthProjectLockedWithWhy() {
        signIn("porteur-paysbasque", "porteur-paysbasque-demo");

        WebElement dossiers = browser.findElements(By.cssSelector("button.fr-nav__btn")).stream()
                .filter(button -> button.getText().equals("Dossiers"))
                .findFirst()
                .orElseThrow();
        dossiers.click();
        WebElement locked = browser.findElement(By.cssSelector(".fr-nav__link.cpts-nav__locked"));
        // the sub-menu unfolds with a transition: its entries show once it has
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(driver -> "true".equals(dossiers.getAttribute("aria-expanded"))
                        && locked.isDisplayed()
                        && locked.getText().contains("Projet de santé"));

        assertThat(locked.getAttribute("aria-disabled")).isEqualTo("true");
        assertThat(locked.getAttribute("href")).isNull();
        assertThat(locked.getText())
                .contains("Projet de santé", "S'ouvre une fois la lettre d'intention validée par l'ARS.");
        assertThat(browser.findElement(By.linkText("Lettre d'intention")).isDisplayed())
                .isTrue();
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();
    }

    @Test
    void theFootersAccessibilityLinkLeadsToTheStatementWithItsBreadcrumb() {
        browser.get(url("/simulateur"));

        browser.findElement(By.linkText("Accessibilité : non conforme")).click();

        assertThat(browser.getCurrentUrl()).endsWith("/accessibilite");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Déclaration d'accessibilité");
        assertThat(browser.findElement(By.id("etat-conformite")).getText()).contains("non conforme");
        assertThat(browser.findElements(By.cssSelector("nav.fr-breadcrumb"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector(".fr-footer__content-link")))
                .extracting(link -> link.getAttribute("href"))
                .containsExactly(
                        "https://info.gouv.fr/",
                        "https://service-public.fr/",
                        "https://legifrance.gouv.fr/",
                        "https://data.gouv.fr/");
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();
    }
}
