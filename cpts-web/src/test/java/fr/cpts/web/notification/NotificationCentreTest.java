package fr.cpts.web.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import fr.cpts.domain.account.Accounts;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.dossier.DossierKind;
import fr.cpts.domain.dossier.Dossiers;
import fr.cpts.domain.notification.Notification;
import fr.cpts.domain.notification.Notifications;
import fr.cpts.domain.shared.page.PageRequest;
import fr.cpts.domain.territory.Territories;
import fr.cpts.web.CptsWebTest;
import fr.cpts.web.SignIn;
import fr.cpts.web.dossier.LetterOfIntentForms;
import fr.cpts.web.dossier.TestPorteurs;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What a porteur is told as the ARS instructs their letter of intent: in the notification centre at once (with the
 * header's badge), by mail at once or gathered in one daily digest as they chose, each notification opening its page.
 */
@CptsWebTest
class NotificationCentreTest {

    @Autowired
    MockMvc mvc;

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

    @Autowired
    Notifications notifications;

    @Autowired
    DailyDigest digest;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPorteurWhoChoseTheDigestGetsOneMailGatheringTheArsStepsAndReadsThemInTheCentre() throws Exception {
        TestPorteurs.TestPorteur team = TestPorteurs.create("CPTS Résumé", records, territories, accounts, encoder);
        String address = team.username() + "@exemple.fr";
        accounts.setEmail(team.username(), address);
        MockHttpSession porteur = SignIn.as(mvc, team.username(), team.password());
        MockHttpSession ars = SignIn.as(mvc, "ars", "ars-demo");
        mvc.perform(post("/compte/notifications")
                        .param("DOSSIER_DECISION", "DAILY_DIGEST")
                        .param("MESSAGE", "DAILY_DIGEST")
                        .param("CORRECTIONS_REQUESTED", "DAILY_DIGEST")
                        .with(csrf())
                        .session(porteur))
                .andExpect(flash().attribute("success", containsString("préférences")));
        mvc.perform(LetterOfIntentForms.complete(0).session(porteur));
        mvc.perform(post("/porteur/dossiers/lettre-intention/deposer")
                        .with(csrf())
                        .session(porteur))
                .andExpect(flash().attribute("success", containsString("est déposé")));
        long letter = dossiers.of(team.cpts().id(), DossierKind.LETTRE_INTENTION)
                .orElseThrow()
                .id()
                .orElseThrow()
                .value();

        decide(ars, letter, "TAKE", null);
        mvc.perform(post("/ars/dossiers/" + letter + "/messages")
                .param("text", "Merci de préciser le calendrier.")
                .with(csrf())
                .session(ars));
        decide(ars, letter, "REQUEST_CORRECTIONS", "Préciser les partenaires hospitaliers");

        assertThat(mailsTo(address)).isEmpty();
        mvc.perform(get("/porteur").session(porteur))
                .andExpect(content().string(containsString("id=\"notifications-non-lues\">3</span>")));
        mvc.perform(get("/notifications").session(porteur))
                .andExpect(content()
                        .string(containsString("L&#39;ARS demande des corrections sur votre lettre d&#39;intention")))
                .andExpect(content()
                        .string(containsString("Nouveau message de l&#39;ARS sur votre lettre d&#39;intention")));

        digest.send();
        digest.send();

        List<String> digests = mailsTo(address);
        assertThat(digests).singleElement().satisfies(body -> assertThat(body)
                .contains(
                        "Voici les 3 nouveautés",
                        "Votre lettre d'intention est prise en instruction par l'ARS",
                        "Nouveau message de l'ARS sur votre lettre d'intention",
                        "L'ARS demande des corrections sur votre lettre d'intention",
                        "/compte/notifications"));

        Notification newest =
                notifications.of(team.username(), PageRequest.first()).rows().get(0);
        mvc.perform(post("/notifications/" + newest.id() + "/ouvrir")
                        .with(csrf())
                        .session(porteur))
                .andExpect(redirectedUrl("/porteur/dossiers/lettre-intention"));
        assertThat(notifications.unread(team.username())).isEqualTo(2);
        mvc.perform(post("/notifications/" + newest.id() + "/ouvrir")
                        .with(csrf())
                        .session(ars))
                .andExpect(redirectedUrl("/notifications"))
                .andExpect(flash().attribute("error", "Cette notification n'existe pas."));
        mvc.perform(post("/notifications/tout-lu").with(csrf()).session(porteur));
        assertThat(notifications.unread(team.username())).isZero();
    }

    @Test
    void aPreferenceOutsideTheChoicesIsRefusedNamingItsKindAndNothingIsChanged() throws Exception {
        TestPorteurs.TestPorteur team =
                TestPorteurs.create("CPTS Préférences", records, territories, accounts, encoder);
        MockHttpSession porteur = SignIn.as(mvc, team.username(), team.password());

        mvc.perform(post("/compte/notifications")
                        .param("MESSAGE", "NO_MAIL")
                        .param("SIGNATURE", "<script>")
                        .with(csrf())
                        .session(porteur))
                .andExpect(flash().attribute("error", containsString("« Signatures du contrat ACI » :")));

        assertThat(notifications.preferences(team.username())).isEmpty();
        mvc.perform(get("/compte/notifications").session(porteur))
                .andExpect(content().string(containsString("Échéances du contrat ACI dans 30 jours")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Nouveaux dépôts"))));
    }

    private void decide(MockHttpSession ars, long id, String move, String reason) throws Exception {
        var request = post("/ars/dossiers/" + id + "/decision")
                .param("move", move)
                .param("confirmation", "oui")
                .with(csrf())
                .session(ars);
        if (reason != null) {
            request.param("reason", reason);
        }
        mvc.perform(request).andExpect(flash().attribute("success", containsString("Le dossier est à jour")));
    }

    private List<String> mailsTo(String address) {
        return jdbc.queryForList("select body from mail_outbox where recipient = ? order by id", String.class, address);
    }
}
