package fr.cpts.web.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.cpts.domain.mail.MailOutbox;
import fr.cpts.domain.mail.OutgoingMail;
import fr.cpts.web.CptsWebTest;
import fr.cpts.web.SignIn;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

/** Without a mail server (the embedded default), the administrator reads the mails the platform kept. */
@CptsWebTest
class MailPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MailOutbox outbox;

    @Autowired
    MailDelivery delivery;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theAdministratorReadsAKeptMailWithItsTextAndNoOneElseDoes() throws Exception {
        new TransactionTemplate(transactions)
                .executeWithoutResult(status -> outbox.queue(
                        new OutgoingMail(
                                "nadia.benali@exemple.fr",
                                "Lien de réinitialisation de test",
                                "Bonjour,\nsuivez ce lien : https://cpts.exemple.fr/jeton"),
                        Instant.now()));

        assertThat(delivery.deliverDue()).isPositive();

        String page = HtmlUtils.htmlUnescape(
                mvc.perform(get("/admin/courriels").session(SignIn.as(mvc, "admin", "admin-demo")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(page)
                .contains(
                        "Lien de réinitialisation de test",
                        "À nadia.benali@exemple.fr",
                        "Conservé sans envoi (aucun serveur de courriel configuré)",
                        "suivez ce lien : https://cpts.exemple.fr/jeton");
        mvc.perform(get("/admin/courriels").session(SignIn.as(mvc, "cpam", "cpam-demo")))
                .andExpect(status().isForbidden());
    }
}
