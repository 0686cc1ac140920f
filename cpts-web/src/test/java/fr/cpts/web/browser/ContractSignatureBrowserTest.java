package fr.cpts.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpts.domain.account.Accounts;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.dossier.Dossiers;
import fr.cpts.domain.territory.Territories;
import fr.cpts.web.contract.ContractTestTeams;
import fr.cpts.web.dossier.TestPorteurs;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The ACI contract in a real browser: the porteur drafts it and fills in the amounts, the three parties sign it in
 * turn, the contract in force shows its PDF, its schedule and its late missions, and a what-if gives a payment.
 */
class ContractSignatureBrowserTest extends BrowserTest {

    @Autowired
    CptsRecords records;

    @Autowired
    Territories territories;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    Dossiers dossiers;

    @Test
    void theThreePartiesSignTheContractTheCptsDraftedAndEachSeesItInForce() {
        TestPorteurs.TestPorteur team = ContractTestTeams.withValidatedHealthProject(
                "CPTS Contrat Navigateur", records, territories, accounts, encoder, dossiers);
        signIn(team.username(), team.password());
        submit(By.id("lien-contrat"));
        browser.executeScript("arguments[0].value = '2024-07-01'", browser.findElement(By.id("signatureDate")));
        submit(By.cssSelector("#creer-contrat button[type=submit]"));
        assertThat(browser.findElement(By.id("message-succes")).getText())
                .contains("Le projet de contrat ACI est créé");

        submit(By.id("modifier-projet"));
        String[] fixed = {"40 000", "20 000", "10 000", "5 000"};
        for (int i = 0; i < fixed.length; i++) {
            WebElement amount = browser.findElement(By.id("fixe-" + i));
            amount.clear();
            amount.sendKeys(fixed[i]);
        }
        browser.findElement(By.id("nom-2-0")).sendKeys("Taux de dépistage du cancer colorectal");
        browser.findElement(By.id("depart-2-0")).sendKeys("30");
        browser.findElement(By.id("cible-2-0")).sendKeys("40");
        browser.findElement(By.id("montant-2-0")).sendKeys("2 500");
        submit(By.id("enregistrer-contrat"));
        assertThat(browser.findElement(By.id("message-succes")).getText())
                .isEqualTo("Le projet de contrat est enregistré.");
        assertThat(browser.findElement(By.id("verdict-financement")).getText())
                .contains("Le moteur de financement accepte ces montants");
        Browser.screenshot(browser, "contrat-projet");

        confirmSignature();
        assertThat(browser.findElement(By.id("signatures-projet")).getText())
                .contains("Signé pour le représentant de la CPTS");

        String page = "/cpts/" + team.cpts().id().value() + "/contrat";
        for (String officer : new String[] {"ars", "cpam"}) {
            signOut();
            signIn(officer, officer + "-demo");
            browser.get(url("/" + officer + page));
            confirmSignature();
            assertThat(browser.findElement(By.id("message-succes")).getText())
                    .isEqualTo("Votre signature est enregistrée.");
        }

        assertThat(browser.findElement(By.id("statut-contrat")).getText()).isEqualToIgnoringCase("En vigueur");
        assertThat(browser.findElement(By.id("signatures")).getText())
                .contains("Signé pour l'ARS par Julien Lefèvre", "Signé pour la CPAM par Nadia Benali");
        assertThat(browser.findElement(By.id("pdf-en-vigueur")).getAttribute("href"))
                .endsWith(page + "/versions/1/pdf");
        openTab("onglet-echeancier");
        // signed on 01/07/2024: its third year runs today, open; the others are folded
        assertThat(browser.findElement(By.id("annee-3")).getAttribute("open")).isNotNull();
        assertThat(browser.findElement(By.id("annee-1")).getAttribute("open")).isNull();
        browser.findElement(By.cssSelector("#annee-1 > summary")).click();
        assertThat(browser.findElement(By.id("echeancier-annee-1")).getText()).contains("Fonctionnement");
        assertThat(browser.findElement(By.id("echeances-a-surveiller")).getText())
                .contains("en retard de");
        Browser.screenshot(browser, "contrat-en-vigueur");

        openTab("onglet-simulation");
        browser.findElement(By.id("valeur-0")).sendKeys("41,5");
        submit(By.cssSelector("#simulation-form button[type=submit]"));
        assertThat(browser.findElement(By.id("resultat-simulation")).getText())
                .contains("Simulation de l'année 1", "Solde");
        Browser.screenshot(browser, "contrat-simulation");
    }

    /** Clicks « Signer » and confirms the signature in its modal. */
    private void confirmSignature() {
        confirm(By.cssSelector("#signer button"), "confirmer-signature", "Votre signature est définitive");
    }

    /** Forgets the session: the next page asks to sign in again. */
    private void signOut() {
        browser.manage().deleteAllCookies();
    }
}
