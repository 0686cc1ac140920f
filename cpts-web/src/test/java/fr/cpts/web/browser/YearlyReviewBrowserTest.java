package fr.cpts.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpts.domain.account.Accounts;
import fr.cpts.domain.contract.Contracts;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.territory.Territories;
import fr.cpts.web.dossier.TestPorteurs;
import fr.cpts.web.review.ReviewFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A yearly review in a real browser: the porteur opens year 1, declares its three indicators and files them; the
 * CPAM officer adjusts one with a reason, accepts the others and closes the review; both read the payment statement,
 * and the porteur sees the CPAM's reason.
 */
class YearlyReviewBrowserTest extends BrowserTest {

    @Autowired
    CptsRecords records;

    @Autowired
    Territories territories;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    Contracts contracts;

    @Test
    void theCptsDeclaresItsYearTheCpamAdjustsAndClosesItAndBothReadTheStatement() {
        TestPorteurs.TestPorteur team =
                TestPorteurs.create("CPTS Revue Navigateur", records, territories, accounts, encoder);
        ReviewFixtures.storeSignedContract(contracts, team.cpts().id());

        signIn(team.username(), team.password());
        browser.get(url("/porteur/contrat/revues"));
        submit(By.id("ouvrir-1"));
        String[] values = {"120", "2", "35,5"};
        for (int i = 0; i < values.length; i++) {
            browser.findElement(By.id("valeur-" + i)).sendKeys(values[i]);
        }
        browser.findElement(By.id("commentaire-0")).sendKeys("Requête sur la patientèle au dernier jour de l'année");
        submit(By.id("enregistrer"));
        assertThat(browser.findElement(By.id("message-succes")).getText()).isNotBlank();
        submit(By.id("deposer"));
        assertThat(browser.findElement(By.id("etat-revue")).getText()).containsIgnoringCase("examen");
        Browser.screenshot(browser, "revue-deposee");

        browser.manage().deleteAllCookies();
        signIn("cpam", "cpam-demo");
        browser.get(url("/cpam/cpts/" + team.cpts().id().value() + "/revues/1"));
        // one table, no decision chosen in advance: the officer reads each line, decides, and saves once
        assertThat(browser.findElements(By.cssSelector("#formulaire-decisions input[type=radio]:checked")))
                .isEmpty();
        browser.findElement(By.cssSelector("label[for='ajuster-0']")).click();
        browser.findElement(By.id("valeur-retenue-0")).sendKeys("150");
        browser.findElement(By.id("motif-0")).sendKeys("Extraction SNDS : 150 patients ALD sans médecin traitant");
        for (int i = 1; i < values.length; i++) {
            browser.findElement(By.cssSelector("label[for='accepter-" + i + "']"))
                    .click();
        }
        submit(By.id("enregistrer-decisions"));
        assertThat(browser.findElement(By.id("message-succes")).getText()).isEqualTo("3 décisions enregistrées.");
        assertThat(browser.findElement(By.id("accepter-1")).isSelected()).isTrue();
        assertThat(browser.findElement(By.id("releve-previsionnel")).getText())
                .contains("Relevé prévisionnel de l'année 1", "Solde");
        confirm(By.id("cloturer"), "confirmer-cloture", "La clôture est définitive");
        assertThat(browser.findElement(By.id("etat-revue")).getText()).containsIgnoringCase("clôturée");
        browser.get(url("/cpam/cpts/" + team.cpts().id().value() + "/revues/1/releve"));
        assertThat(browser.findElement(By.id("recapitulatif")).getText()).contains("Solde");
        Browser.screenshot(browser, "releve-cpam");

        browser.manage().deleteAllCookies();
        signIn(team.username(), team.password());
        browser.get(url("/porteur/contrat/revues/1"));
        assertThat(browser.findElement(By.id("indicateurs")).getText())
                .contains("Extraction SNDS : 150 patients ALD sans médecin traitant");
        browser.get(url("/porteur/contrat/revues/1/releve"));
        assertThat(browser.findElement(By.id("telecharger-releve")).getAttribute("href"))
                .endsWith("/releve.pdf");
        Browser.screenshot(browser, "releve-porteur");
    }
}
