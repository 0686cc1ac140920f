package fr.cpts.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.mission.Mission;
import fr.cpts.domain.mission.MissionKind;
import fr.cpts.domain.territory.InseeCode;
import fr.cpts.domain.territory.Territories;
import fr.cpts.domain.territory.Territory;
import fr.cpts.web.dossier.TestPorteurs;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A health professional finds « Créer un compte » on the login page, signs up, follows the link of the verification
 * mail, signs in, creates their CPTS, starts the letter of intent and invites a colleague, who signs up from the
 * invitation, joins, completes the letter and files it; every new page they see passes axe-core's WCAG 2.1 AA rules.
 */
class SignUpBrowserTest extends BrowserTest {

    private static final Pattern VERIFICATION =
            Pattern.compile("https?://[^\\s]+/inscription/verification\\?jeton=[A-Za-z0-9_-]+");
    private static final Pattern INVITATION = Pattern.compile("https?://[^\\s]+/invitation\\?jeton=[A-Za-z0-9_-]+");
    private static final String PASSWORD = "trois cabinets et une pharmacie";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CptsRecords records;

    @Autowired
    Territories territories;

    @Test
    void aNewPorteurSignsUpCreatesTheirCptsAndWithTheColleagueTheyInviteFilesTheLetterOfIntent() {
        String email = "sophie.navarro." + System.nanoTime() + "@exemple.fr";
        browser.get(url("/login"));
        submit(By.id("lien-inscription"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Créer un compte de porteur de projet");
        assertThat(Accessibility.violations(browser)).as("page d'inscription").isEmpty();

        fillSignUp(email, "Sophie", "Navarro", "Sage-femme");

        browser.get(link(VERIFICATION, email));
        assertThat(Accessibility.violations(browser)).as("page de vérification").isEmpty();
        submit(By.cssSelector("#formulaire-verification button[type=submit]"));
        assertThat(browser.findElement(By.id("compte-ouvert")).getText()).contains("Votre compte est ouvert");

        signIn(email, PASSWORD);
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.urlToBe(url("/porteur/nouvelle-cpts")));
        assertThat(Accessibility.violations(browser)).as("création de la CPTS").isEmpty();
        String name = "CPTS Navarro " + System.nanoTime();
        browser.findElement(By.id("name")).sendKeys(name);
        new Select(browser.findElement(By.id("departement"))).selectByValue("64");
        submit(By.cssSelector("#formulaire-nouvelle-cpts button[type=submit]"));
        assertThat(browser.findElement(By.id("message-succes")).getText()).contains(name, "Initiative");
        assertThat(browser.findElement(By.id("utilisateur-connecte")).getText()).contains("Sophie Navarro");

        CptsRecord cpts = records.byName(name).orElseThrow();
        territories.save(new Territory(cpts.id(), Set.of(new InseeCode(TestPorteurs.freeCommune()))), 0, "test");

        // Sophie starts the letter of intent, then invites a colleague
        browser.get(url("/porteur/dossiers/lettre-intention/modifier"));
        browser.findElement(By.id("firstDiagnostic")).sendKeys("3 000 patients sans médecin traitant");
        submit(By.id("enregistrer"));
        browser.get(url("/porteur/equipe"));
        String colleague = "collegue." + email;
        browser.findElement(By.id("email")).sendKeys(colleague);
        submit(By.cssSelector("#formulaire-invitation button[type=submit]"));
        assertThat(browser.findElement(By.id("message-succes")).getText()).contains("Invitation envoyée");
        assertThat(browser.findElement(By.id("invitations")).getText()).contains(colleague, "Sophie Navarro");
        assertThat(Accessibility.violations(browser)).as("équipe").isEmpty();
        Browser.screenshot(browser, "porteur-equipe");
        browser.get(url("/notifications"));
        assertThat(Accessibility.violations(browser)).as("notifications").isEmpty();
        browser.get(url("/compte/notifications"));
        assertThat(Accessibility.violations(browser))
                .as("préférences de courriel")
                .isEmpty();
        submit(By.cssSelector("form[action='/logout'] button"));

        // the colleague follows the invitation, signs up from it, and lands in the team
        browser.get(link(INVITATION, colleague));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(name, "Sophie Navarro");
        assertThat(Accessibility.violations(browser)).as("invitation").isEmpty();
        submit(By.id("lien-inscription-invitation"));
        fillSignUp(colleague, "Paul", "Ibarra", "Masseur-kinésithérapeute");
        browser.get(link(VERIFICATION, colleague));
        submit(By.cssSelector("#formulaire-verification button[type=submit]"));
        signIn(colleague, PASSWORD);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(url("/porteur")));
        browser.get(url("/porteur/equipe"));
        assertThat(browser.findElement(By.id("porteurs")).getText()).contains("Sophie Navarro", "Paul Ibarra");

        // he completes the letter Sophie started and files it
        browser.get(url("/porteur/dossiers/lettre-intention/modifier"));
        assertThat(browser.findElement(By.id("firstDiagnostic")).getAttribute("value"))
                .isEqualTo("3 000 patients sans médecin traitant");
        browser.findElement(By.id("actorsAndPartners")).sendKeys("MSP, pharmacies, centre hospitalier");
        for (Mission mission : Mission.values()) {
            if (mission.kind() == MissionKind.CORE) {
                browser.findElement(By.id("orientations" + mission.name())).sendKeys("Orientation " + mission.label());
            }
        }
        browser.findElement(By.id("milestones0.date")).sendKeys("01062027");
        browser.findElement(By.id("milestones0.label")).sendKeys("Assemblée constitutive");
        submit(By.id("enregistrer"));
        submit(By.id("deposer"));
        assertThat(browser.findElement(By.id("message-succes")).getText()).contains("est déposé auprès de l'ARS");
        assertThat(jdbc.queryForList(
                        "select distinct actor from audit_event where cpts_id = ? and entity_type = 'LETTRE_INTENTION'",
                        String.class,
                        cpts.id().value()))
                .contains(email.toLowerCase(), colleague.toLowerCase());
    }

    private void fillSignUp(String address, String firstName, String lastName, String profession) {
        browser.findElement(By.id("email")).sendKeys(address);
        browser.findElement(By.id("firstName")).sendKeys(firstName);
        browser.findElement(By.id("lastName")).sendKeys(lastName);
        new Select(browser.findElement(By.id("profession"))).selectByVisibleText(profession);
        browser.findElement(By.id("mot-de-passe-nouveau")).sendKeys(PASSWORD);
        browser.findElement(By.id("mot-de-passe-confirmation")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("label[for=terms]")).click();
        submit(By.cssSelector("#formulaire-inscription button[type=submit]"));
        assertThat(browser.findElement(By.id("inscription-envoyee")).getText()).contains("Vérifiez votre messagerie");
    }

    @Test
    void theAccessibilityCheckFindsAnImageWithoutText() {
        browser.get(url("/inscription"));
        browser.executeScript("document.querySelector('main').appendChild(document.createElement('img'))");

        assertThat(Accessibility.violations(browser))
                .anySatisfy(violation -> assertThat(violation).startsWith("image-alt"));
    }

    private String link(Pattern link, String address) {
        List<String> bodies = jdbc.queryForList(
                "select body from mail_outbox where recipient = ? order by id desc", String.class, address);
        assertThat(bodies).isNotEmpty();
        Matcher found = link.matcher(bodies.get(0));
        assertThat(found.find()).isTrue();
        return url(found.group().replaceFirst("https?://[^/]+", ""));
    }
}
