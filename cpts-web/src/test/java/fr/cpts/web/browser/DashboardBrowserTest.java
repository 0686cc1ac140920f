package fr.cpts.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The dashboard in a real browser, as an ARS officer and as the administrator: the figures are tiles that lead to the
 * lists they count, each chart has the same figures in a table, and the page passes axe-core's WCAG 2.1 AA rules; the
 * chart module loads under the platform's content security policy.
 */
class DashboardBrowserTest extends BrowserTest {

    @Test
    void theArsOfficerReadsTheRegionsFiguresAndFollowsOneToItsList() {
        signIn("ars", "ars-demo");
        browser.get(url("/tableau-de-bord"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Tableau de bord");
        assertThat(Accessibility.violations(browser))
                .as("tableau de bord de l'ARS")
                .isEmpty();
        List<WebElement> departements = browser.findElements(By.cssSelector("#repartition tbody th[scope=row]"));
        assertThat(departements).extracting(WebElement::getText).anyMatch(text -> text.startsWith("33 – Gironde"));
        assertThat(browser.findElements(By.cssSelector("bar-chart"))).hasSize(2);

        submit(By.cssSelector("#etapes a[href='/ars/dossiers?etat=VALIDATED']"));
        assertThat(browser.getCurrentUrl()).endsWith("/ars/dossiers?etat=VALIDATED");
    }

    @Test
    void theAdministratorReadsAllOfFranceByRegion() {
        signIn("admin", "admin-demo");
        browser.get(url("/tableau-de-bord"));
        assertThat(browser.findElement(By.cssSelector("#repartition h2")).getText())
                .isEqualTo("Par région");
        assertThat(browser.findElements(By.cssSelector("#repartition tbody tr")))
                .hasSizeGreaterThanOrEqualTo(18);
        assertThat(Accessibility.violations(browser))
                .as("tableau de bord national")
                .isEmpty();
    }
}
