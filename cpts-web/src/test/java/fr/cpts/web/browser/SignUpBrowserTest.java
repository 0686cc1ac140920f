package fr.cpts.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
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
 * mail, signs in, creates their CPTS and invites a colleague; every page they see passes axe-core's WCAG 2.1 AA rules.
 */
class SignUpBrowserTest extends BrowserTest {

    private static final Pattern LINK =
            Pattern.compile("https?://[^\\s]+/inscription/verification\\?jeton=[A-Za-z0-9_-]+");
    private static final String PASSWORD = "trois cabinets et une pharmacie";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aNewPorteurSignsUpVerifiesTheirAddressCreatesTheirCptsAndInvitesAColleague() {
        String email = "sophie.navarro." + System.nanoTime() + "@exemple.fr";
        browser.get(url("/login"));
        submit(By.id("lien-inscription"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Créer un compte de porteur de projet");
        assertThat(Accessibility.violations(browser)).as("page d'inscription").isEmpty();

        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("firstName")).sendKeys("Sophie");
        browser.findElement(By.id("lastName")).sendKeys("Navarro");
        new Select(browser.findElement(By.id("profession"))).selectByVisibleText("Sage-femme");
        browser.findElement(By.id("mot-de-passe-nouveau")).sendKeys(PASSWORD);
        browser.findElement(By.id("mot-de-passe-confirmation")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("label[for=terms]")).click();
        submit(By.cssSelector("#formulaire-inscription button[type=submit]"));
        assertThat(browser.findElement(By.id("inscription-envoyee")).getText()).contains("Vérifiez votre messagerie");

        browser.get(verificationLink(email));
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

        browser.get(url("/porteur/equipe"));
        browser.findElement(By.id("email")).sendKeys("collegue." + email);
        submit(By.cssSelector("#formulaire-invitation button[type=submit]"));
        assertThat(browser.findElement(By.id("message-succes")).getText()).contains("Invitation envoyée");
        assertThat(browser.findElement(By.id("invitations")).getText()).contains("collegue." + email, "Sophie Navarro");
        assertThat(Accessibility.violations(browser)).as("équipe").isEmpty();
        Browser.screenshot(browser, "porteur-equipe");

        browser.get(url("/notifications"));
        assertThat(Accessibility.violations(browser)).as("notifications").isEmpty();
        browser.get(url("/compte/notifications"));
        assertThat(Accessibility.violations(browser))
                .as("préférences de courriel")
                .isEmpty();
    }

    @Test
    void theAccessibilityCheckFindsAnImageWithoutText() {
        browser.get(url("/inscription"));
        browser.executeScript("document.querySelector('main').appendChild(document.createElement('img'))");

        assertThat(Accessibility.violations(browser))
                .anySatisfy(violation -> assertThat(violation).startsWith("image-alt"));
    }

    private String verificationLink(String email) {
        List<String> bodies = jdbc.queryForList(
                "select body from mail_outbox where recipient = ? order by id desc", String.class, email);
        assertThat(bodies).isNotEmpty();
        Matcher link = LINK.matcher(bodies.get(0));
        assertThat(link.find()).isTrue();
        return url(link.group().replaceFirst("https?://[^/]+", ""));
    }
}
