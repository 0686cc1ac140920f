package fr.cpts.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpts.domain.account.Accounts;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.dossier.Dossier;
import fr.cpts.domain.dossier.DossierKind;
import fr.cpts.domain.dossier.Dossiers;
import fr.cpts.domain.mission.Mission;
import fr.cpts.domain.mission.MissionKind;
import fr.cpts.domain.territory.Territories;
import fr.cpts.web.dossier.TestPorteurs;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A porteur files their letter of intent in a real browser: first told everything missing, then filed; the ARS then
 * validates it, confirming the decision in its modal.
 */
class DossierSubmissionBrowserTest extends BrowserTest {

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
    void aPorteurTryingToFileAnIncompleteLetterSeesEveryMissingItemThenCompletesAndFilesIt() {
        TestPorteurs.TestPorteur team = TestPorteurs.create("CPTS Navigateur", records, territories, accounts, encoder);
        signIn(team.username(), team.password());

        browser.findElement(By.id("lien-lettre-intention")).click();
        browser.findElement(By.id("deposer")).click();

        WebElement refusal = browser.findElement(By.id("message-erreur"));
        assertThat(refusal.getText()).contains("ne peut pas encore être déposé");
        assertThat(browser.findElements(By.cssSelector("#elements-manquants-depot li")))
                .hasSize(7)
                .extracting(WebElement::getText)
                .contains(
                        "Le premier diagnostic du territoire",
                        "Les principales orientations pour la mission socle « Prévention »",
                        "Le calendrier prévisionnel : au moins une étape datée");
        Browser.screenshot(browser, "lettre-intention-elements-manquants");

        browser.findElement(By.id("modifier")).click();
        browser.findElement(By.id("firstDiagnostic")).sendKeys("3 000 patients sans médecin traitant");
        browser.findElement(By.id("actorsAndPartners")).sendKeys("MSP, pharmacies, centre hospitalier");
        for (Mission mission : Mission.values()) {
            if (mission.kind() == MissionKind.CORE) {
                browser.findElement(By.id("orientations" + mission.name())).sendKeys("Orientation " + mission.label());
            }
        }
        browser.findElement(By.id("milestones0.date")).sendKeys("01062025");
        browser.findElement(By.id("milestones0.label")).sendKeys("Assemblée constitutive");
        browser.findElement(By.id("enregistrer")).click();

        WebElement saved = browser.findElement(By.id("message-succes"));
        assertThat(saved.getText()).isEqualTo("Brouillon enregistré.");
        assertThat(browser.findElements(By.id("elements-manquants"))).isEmpty();
        browser.findElement(By.id("deposer")).click();
        awaitReplaced(saved);

        assertThat(browser.findElement(By.id("message-succes")).getText()).contains("est déposé auprès de l'ARS");
        assertThat(browser.findElement(By.id("historique")).getText()).contains("« Brouillon » → « Déposé");
        Browser.screenshot(browser, "lettre-intention-deposee");

        // the ARS takes it in instruction on one click, and validates it only once it confirmed the decision
        browser.manage().deleteAllCookies();
        signIn("ars", "ars-demo");
        long id = dossiers.of(team.cpts().id(), DossierKind.LETTRE_INTENTION)
                .flatMap(Dossier::id)
                .orElseThrow()
                .value();
        browser.get(url("/ars/dossiers/" + id));
        // the decision comes after the content: its tab is the last one
        assertThat(browser.findElement(By.id("onglet-contenu")).getAttribute("aria-selected"))
                .isEqualTo("true");
        assertThat(browser.findElement(By.id("mouvement-TAKE")).isDisplayed()).isFalse();
        openTab("onglet-decision");
        submit(By.id("mouvement-TAKE"));
        openTab("onglet-decision");
        confirm(By.id("mouvement-VALIDATE"), "confirmer-validation", "La CPTS pourra élaborer et déposer son projet");
        assertThat(browser.findElement(By.id("message-succes")).getText()).contains("Validé");
    }
}
