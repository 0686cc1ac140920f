package fr.cpts.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpts.domain.account.Accounts;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.territory.Territories;
import fr.cpts.web.dossier.TestPorteurs;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A draft written between two patients: saved as it is typed, and a form sent back with errors says so first. */
class DraftAutosaveBrowserTest extends BrowserTest {

    @Autowired
    CptsRecords records;

    @Autowired
    Territories territories;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void whatThePorteurTypesIsSavedWithoutAClickAndIsThereWhenThePageIsOpenedAgain() {
        TestPorteurs.TestPorteur team =
                TestPorteurs.create("CPTS Autosauvegarde", records, territories, accounts, encoder);
        signIn(team.username(), team.password());
        browser.get(url("/porteur/dossiers/lettre-intention/modifier"));

        browser.findElement(By.id("firstDiagnostic")).sendKeys("13 600 patients sans médecin traitant");
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(driver -> driver.findElement(By.id("etat-enregistrement"))
                        .getText()
                        .startsWith("Enregistré à"));
        browser.findElement(By.id("actorsAndPartners")).sendKeys("MSP de Langon");
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(driver -> !driver.findElement(By.id("etat-enregistrement"))
                                .getAttribute("class")
                                .contains("failed")
                        && driver.findElement(By.id("version"))
                                .getAttribute("value")
                                .equals("2"));
        browser.findElement(By.id("enregistrer")).click();
        assertThat(browser.findElement(By.id("message-succes")).getText()).isEqualTo("Brouillon enregistré.");

        browser.get(url("/porteur/dossiers/lettre-intention/modifier"));
        assertThat(browser.findElement(By.id("firstDiagnostic")).getAttribute("value"))
                .isEqualTo("13 600 patients sans médecin traitant");
        assertThat(browser.findElement(By.id("actorsAndPartners")).getAttribute("value"))
                .isEqualTo("MSP de Langon");
    }

    @Test
    void aFormSentBackWithErrorsPutsTheFocusOnTheirSummaryAndSaysErrorInTheTitle() {
        TestPorteurs.TestPorteur team = TestPorteurs.create("CPTS Erreurs", records, territories, accounts, encoder);
        signIn(team.username(), team.password());
        browser.get(url("/porteur/dossiers/lettre-intention/modifier"));

        browser.findElement(By.id("milestones0.date")).sendKeys("45/13/2025");
        browser.findElement(By.id("milestones0.label")).sendKeys("Assemblée");
        browser.findElement(By.id("enregistrer")).click();

        new WebDriverWait(browser, Duration.ofSeconds(5)).until(driver -> "resume-erreurs"
                .equals(driver.switchTo().activeElement().getAttribute("id")));
        assertThat(browser.getTitle()).startsWith("Erreur : ");
        browser.findElement(By.cssSelector("#resume-erreurs a")).click();
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("milestones0.date");
        assertThat(browser.findElement(By.id("milestones0.date")).getAttribute("aria-invalid"))
                .isEqualTo("true");
    }
}
