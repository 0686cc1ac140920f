package fr.cpts.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpts.domain.account.Accounts;
import fr.cpts.domain.account.Actor;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.dossier.Dossiers;
import fr.cpts.domain.territory.Territories;
import fr.cpts.web.dossier.TestPorteurs;
import fr.cpts.web.dossier.ValidatedDossiers;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
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

    @Autowired
    Dossiers dossiers;

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
    void theHealthProjectFoldsItsMissionSheetsAndASectionsSaveComesBackToThatSectionOpen() {
        TestPorteurs.TestPorteur team =
                TestPorteurs.create("CPTS Projet plié", records, territories, accounts, encoder);
        ValidatedDossiers.validatedLetter(
                dossiers,
                team.cpts(),
                territories.of(team.cpts().id()),
                new Actor(team.username(), "Porteur du projet plié", Role.PORTEUR),
                "CPTS Projet plié",
                "une commune de Gironde",
                Instant.parse("2026-01-05T09:00:00Z"),
                new Actor("ars", "Julien Lefèvre", Role.ARS_OFFICER));
        signIn(team.username(), team.password());
        browser.get(url("/porteur/dossiers/projet-sante/modifier"));
        long wide = height();
        browser.manage().window().setSize(new Dimension(390, 1000));
        long narrow = height();
        browser.manage().window().setSize(new Dimension(1280, 1000));
        System.out.printf("Hauteur du formulaire du projet de santé : %d px (1280), %d px (390)%n", wide, narrow);

        assertThat(browser.findElements(By.cssSelector("details.cpts-section[open]")))
                .isEmpty();
        // what is clicked is brought to the middle of the screen, above the autosave's status bar
        WebElement prevention = browser.findElement(By.cssSelector("#fiche-PREVENTION > summary"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", prevention);
        prevention.click();
        browser.findElement(By.id("sheetsPREVENTION.actions")).sendKeys("Dépistage du cancer colorectal");
        browser.executeScript(
                "arguments[0].scrollIntoView({block: 'center'});",
                browser.findElement(By.id("enregistrer-fiche-PREVENTION")));
        submit(By.id("enregistrer-fiche-PREVENTION"));

        assertThat(browser.getCurrentUrl()).endsWith("/porteur/dossiers/projet-sante/modifier#fiche-PREVENTION");
        assertThat(browser.findElement(By.id("message-succes")).getText()).startsWith("Brouillon enregistré à ");
        assertThat(browser.findElement(By.id("fiche-PREVENTION")).getAttribute("open"))
                .isNotNull();
        assertThat(browser.findElement(By.id("sheetsPREVENTION.actions")).getAttribute("value"))
                .isEqualTo("Dépistage du cancer colorectal");
        assertThat(wide).isLessThan(4000);
    }

    private long height() {
        return ((Number) browser.executeScript("return document.documentElement.scrollHeight;")).longValue();
    }

    @Test
    void aFormSentBackWithErrorsPutsTheFocusOnTheirSummaryAndSaysErrorInTheTitle() {
        TestPorteurs.TestPorteur team = TestPorteurs.create("CPTS Erreurs", records, territories, accounts, encoder);
        signIn(team.username(), team.password());
        browser.get(url("/porteur/dossiers/lettre-intention/modifier"));

        // a diagnostic longer than the 20 000 characters a field holds (set at once: typing it would take minutes)
        browser.executeScript("arguments[0].value = 'a'.repeat(20001);", browser.findElement(By.id("firstDiagnostic")));
        // the date picker's order of day and month follows the browser's locale: its value is set as the field holds it
        browser.executeScript("arguments[0].value = '2025-06-01';", browser.findElement(By.id("milestones0.date")));
        browser.findElement(By.id("milestones0.label")).sendKeys("Assemblée");
        browser.findElement(By.id("enregistrer")).click();

        new WebDriverWait(browser, Duration.ofSeconds(5))
                .ignoring(StaleElementReferenceException.class)
                .until(driver -> "resume-erreurs"
                        .equals(driver.switchTo().activeElement().getAttribute("id")));
        assertThat(browser.getTitle()).startsWith("Erreur : ");
        browser.findElement(By.cssSelector("#resume-erreurs a")).click();
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("firstDiagnostic");
        assertThat(browser.findElement(By.id("firstDiagnostic")).getAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(browser.findElement(By.id("milestones0.date")).getAttribute("value"))
                .as("the date picker's value kept from the try")
                .isEqualTo("2025-06-01");
    }
}
