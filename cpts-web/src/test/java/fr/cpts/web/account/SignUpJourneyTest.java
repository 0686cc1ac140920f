package fr.cpts.web.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.cpts.domain.account.AccessScope;
import fr.cpts.domain.account.Account;
import fr.cpts.domain.account.Accounts;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.cpts.CptsStage;
import fr.cpts.domain.mail.MailOutbox;
import fr.cpts.domain.territory.RegionCode;
import fr.cpts.web.CptsWebTest;
import fr.cpts.web.SignIn;
import fr.cpts.web.dossier.LetterOfIntentForms;
import fr.cpts.web.dossier.TestPorteurs;
import fr.cpts.web.mail.SmtpTestDelivery;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A new person starts from nothing: signs up, follows the verification link, creates a CPTS, invites a colleague who
 * signs up from the invitation and joins; both write the letter of intent and one files it; the ARS officer of the
 * région receives the mail (read from a real SMTP server, GreenMail) and an officer of another région does not.
 */
@CptsWebTest
class SignUpJourneyTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final Pattern VERIFICATION = Pattern.compile("/inscription/verification\\?jeton=([A-Za-z0-9_-]+)");
    private static final Pattern INVITATION = Pattern.compile("/invitation\\?jeton=([A-Za-z0-9_-]+)");
    private static final String PASSWORD = "une maison de santé au bord du fleuve";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    CptsRecords records;

    @Autowired
    MailOutbox outbox;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aNewPersonSignsUpCreatesACptsInvitesAColleagueAndTheyFileTheLetterOfIntentTogether() throws Exception {
        String suffix = String.valueOf(System.nanoTime());
        String claire = "claire.martin." + suffix + "@exemple.fr";
        String yann = "yann.le-goff." + suffix + "@exemple.fr";
        String otherArs = "ars-idf-" + suffix;
        accounts.create(new Account(
                otherArs, "Agent IDF", "{noop}x", Role.ARS_OFFICER, new AccessScope.Region(new RegionCode("11"))));
        accounts.setEmail(otherArs, otherArs + "@ars.exemple.fr");

        // Claire signs up; nothing can be used before she follows the link
        mvc.perform(signUp(claire, "Claire", "Martin", "MEDECIN_GENERALISTE", ""))
                .andExpect(redirectedUrl("/inscription?envoye"));
        mvc.perform(formLogin("/login").user(claire).password(PASSWORD)).andExpect(unauthenticated());
        String link = token(VERIFICATION, lastMailTo(claire));
        mvc.perform(get("/inscription/verification").param("jeton", link))
                .andExpect(content().string(containsString("Ouvrir mon compte")));
        mvc.perform(post("/inscription/verification").param("jeton", link).with(csrf()))
                .andExpect(redirectedUrl("/login?inscrit"));
        mvc.perform(post("/inscription/verification").param("jeton", link).with(csrf()))
                .andExpect(flash().attribute("error", containsString("n'est plus valable")));

        // she signs in, has no CPTS yet, creates one
        MockHttpSession claireSession = SignIn.as(mvc, claire, PASSWORD);
        mvc.perform(get("/porteur").session(claireSession)).andExpect(redirectedUrl("/porteur/nouvelle-cpts"));
        mvc.perform(get("/porteur/dossiers/lettre-intention").session(claireSession))
                .andExpect(redirectedUrl("/porteur/nouvelle-cpts"));
        String name = "CPTS du Val de Garonne " + suffix;
        mvc.perform(post("/porteur/nouvelle-cpts")
                        .param("name", name)
                        .param("departement", "33")
                        .with(csrf())
                        .session(claireSession))
                .andExpect(redirectedUrl("/porteur"));
        CptsRecord cpts = records.byName(name).orElseThrow();
        assertThat(cpts.stage()).isEqualTo(CptsStage.INITIATIVE);
        assertThat(cpts.region()).isEqualTo(new RegionCode("75"));
        mvc.perform(get("/porteur").session(claireSession)).andExpect(status().isOk());
        mvc.perform(post("/porteur/cpts/territoire/communes")
                        .param("code", TestPorteurs.freeCommune())
                        .param("version", "0")
                        .with(csrf())
                        .session(claireSession))
                .andExpect(flash().attributeExists("success"));

        // she invites Yann, who has no account: he signs up from the invitation and joins the team
        mvc.perform(post("/porteur/equipe/invitations")
                        .param("email", yann)
                        .with(csrf())
                        .session(claireSession))
                .andExpect(redirectedUrl("/porteur/equipe"));
        String invitation = token(INVITATION, lastMailTo(yann));
        mvc.perform(get("/invitation").param("jeton", invitation))
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("Claire Martin")));
        mvc.perform(signUp(yann, "Yann", "Le Goff", "INFIRMIER", "10001234567").param("invitation", invitation))
                .andExpect(redirectedUrl("/inscription?envoye"));
        mvc.perform(post("/inscription/verification")
                        .param("jeton", token(VERIFICATION, lastMailTo(yann)))
                        .with(csrf()))
                .andExpect(redirectedUrl("/login?inscrit"));
        MockHttpSession yannSession = SignIn.as(mvc, yann, PASSWORD);
        mvc.perform(get("/porteur/equipe").session(yannSession))
                .andExpect(content().string(containsString("Claire Martin")))
                .andExpect(content().string(containsString("Yann Le Goff")));
        mvc.perform(get("/invitation").param("jeton", invitation))
                .andExpect(content().string(containsString("id=\"lien-invalide\"")));

        // Claire writes part of the letter, Yann completes it and files it
        mvc.perform(post("/porteur/dossiers/lettre-intention/modifier")
                        .param("version", "0")
                        .param("firstDiagnostic", "4 000 patients sans médecin traitant")
                        .with(csrf())
                        .session(claireSession))
                .andExpect(redirectedUrl("/porteur/dossiers/lettre-intention"));
        mvc.perform(LetterOfIntentForms.complete(1).session(yannSession))
                .andExpect(redirectedUrl("/porteur/dossiers/lettre-intention"));
        mvc.perform(post("/porteur/dossiers/lettre-intention/deposer")
                        .with(csrf())
                        .session(yannSession))
                .andExpect(flash().attribute("success", containsString("est déposé")));
        assertThat(journalActors(cpts)).contains("Claire Martin", "Yann Le Goff");

        // the ARS officer of the région is told, by the platform and by mail; the officer of another région is not
        assertThat(unread("ars", name)).isOne();
        assertThat(unread(otherArs, name)).isZero();
        SmtpTestDelivery.deliverAll(outbox, transactions, smtp.getSmtp().getPort());
        List<MimeMessage> toArs = receivedBy("ars@demo.cpts.invalid");
        assertThat(toArs)
                .anySatisfy(mail -> assertThat(mail.getSubject()).contains(name, "Lettre d'intention déposée"));
        assertThat(receivedBy(otherArs + "@ars.exemple.fr")).isEmpty();
        assertThat(receivedBy(claire)).anySatisfy(mail -> assertThat(mail.getSubject())
                .isEqualTo("Confirmez votre adresse – plateforme CPTS"));
    }

    @Test
    void signingUpWithTheAddressOfAnAccountAnswersTheSameAndMailsAReminderInstead() throws Exception {
        String fresh = "nouvelle." + System.nanoTime() + "@exemple.fr";

        MvcResult known = mvc.perform(signUp("porteur@demo.cpts.invalid", "Anne", "Dubois", "PHARMACIEN", ""))
                .andReturn();
        MvcResult unknown =
                mvc.perform(signUp(fresh, "Anne", "Dubois", "PHARMACIEN", "")).andReturn();

        assertThat(known.getResponse().getRedirectedUrl())
                .isEqualTo(unknown.getResponse().getRedirectedUrl());
        assertThat(Map.copyOf(known.getFlashMap())).isEqualTo(Map.copyOf(unknown.getFlashMap()));
        assertThat(lastMailTo("porteur@demo.cpts.invalid"))
                .contains("Vous avez déjà un compte")
                .doesNotContain("jeton");
        assertThat(lastMailTo(fresh)).contains("/inscription/verification?jeton=");
    }

    @Test
    void aRefusedSignUpShowsTheFormAgainWithWhatWasTypedButThePassword() throws Exception {
        mvc.perform(signUp("refus." + System.nanoTime() + "@exemple.fr", "Anne", "Dubois", "PHARMACIEN", "123"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Numéro RPPS : il compte 11 chiffres")))
                .andExpect(content().string(containsString("value=\"Dubois\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(PASSWORD))));
    }

    private MockHttpServletRequestBuilder signUp(
            String email, String firstName, String lastName, String profession, String rpps) {
        return post("/inscription")
                .param("email", email)
                .param("firstName", firstName)
                .param("lastName", lastName)
                .param("profession", profession)
                .param("rpps", rpps)
                .param("newPassword", PASSWORD)
                .param("confirmation", PASSWORD)
                .param("terms", "true")
                .with(csrf());
    }

    private String lastMailTo(String address) {
        List<String> bodies = jdbc.queryForList(
                "select body from mail_outbox where lower(recipient) = lower(?) order by id desc",
                String.class,
                address);
        assertThat(bodies).as("courriels à " + address).isNotEmpty();
        return bodies.get(0);
    }

    private static String token(Pattern link, String body) {
        Matcher found = link.matcher(body);
        assertThat(found.find()).as("lien dans « " + body + " »").isTrue();
        return found.group(1);
    }

    private List<String> journalActors(CptsRecord cpts) {
        return jdbc.queryForList(
                "select distinct a.display_name from audit_event e join account a on lower(a.username) = "
                        + "lower(e.actor) where e.cpts_id = ?",
                String.class,
                cpts.id().value());
    }

    private long unread(String username, String cptsName) {
        Long count = jdbc.queryForObject(
                "select count(*) from notification n join account a on a.id = n.account_id join cpts c on "
                        + "c.id = n.cpts_id where lower(a.username) = lower(?) and c.name = ? and n.read_at is null",
                Long.class,
                username,
                cptsName);
        return count == null ? 0 : count;
    }

    private static List<MimeMessage> receivedBy(String address) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(mail ->
                        GreenMailUtil.getAddressList(safeRecipients(mail)).contains(address))
                .toList();
    }

    private static jakarta.mail.Address[] safeRecipients(MimeMessage mail) {
        try {
            return mail.getAllRecipients();
        } catch (jakarta.mail.MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }
}
