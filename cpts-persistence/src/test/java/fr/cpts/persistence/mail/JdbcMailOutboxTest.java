package fr.cpts.persistence.mail;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpts.domain.mail.MailOutbox;
import fr.cpts.domain.mail.MailState;
import fr.cpts.domain.mail.OutgoingMail;
import fr.cpts.domain.mail.QueuedMail;
import fr.cpts.domain.shared.page.PageRequest;
import fr.cpts.persistence.PersistenceTest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox on a real PostgreSQL: queued in the caller's transaction, claimed once across transactions. The test
 * steps run in transactions of their own (committed), outside the test's rolled-back one.
 */
@PersistenceTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class JdbcMailOutboxTest {

    private static final Instant NOW = Instant.parse("2026-12-02T08:00:00Z");

    @Autowired
    MailOutbox outbox;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aMailQueuedInARolledBackTransactionIsNeverSent() {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        long before = count();

        tx.executeWithoutResult(status -> {
            outbox.queue(new OutgoingMail("annule@exemple.fr", "Annulé", "texte"), NOW);
            status.setRollbackOnly();
        });

        assertThat(count()).isEqualTo(before);
    }

    @Test
    void twoTransactionsClaimingAtOnceNeverGetTheSameMail() throws Exception {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        jdbc.update("update mail_outbox set state = 'SENT' where state = 'QUEUED'");
        // the other tests' mails are out of the way: only these four are due
        tx.executeWithoutResult(status -> {
            for (int i = 0; i < 4; i++) {
                outbox.queue(new OutgoingMail("personne" + i + "@exemple.fr", "Objet " + i, "texte"), NOW);
            }
        });
        CountDownLatch firstHolds = new CountDownLatch(1);
        CountDownLatch secondDone = new CountDownLatch(1);
        CompletableFuture<List<QueuedMail>> first = CompletableFuture.supplyAsync(() -> tx.execute(status -> {
            List<QueuedMail> claimed = outbox.claimDue(NOW.plusSeconds(1), 2);
            firstHolds.countDown();
            await(secondDone);
            return claimed;
        }));
        await(firstHolds);
        List<QueuedMail> second = tx.execute(status -> outbox.claimDue(NOW.plusSeconds(1), 10));
        secondDone.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).hasSize(2);
        assertThat(second).hasSize(2).doesNotContainAnyElementsOf(first.get());
    }

    @Test
    void deliveriesAndFailuresAreRecordedAndTheListShowsTheNewestFirst() {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(status -> {
            outbox.queue(new OutgoingMail("ancien@exemple.fr", "Ancien", "texte"), NOW.plusSeconds(3_600));
            outbox.queue(new OutgoingMail("recent@exemple.fr", "Récent", "texte"), NOW.plusSeconds(7_200));
        });
        List<QueuedMail> newest = outbox.listed(PageRequest.of(1, 2)).rows();
        assertThat(newest).extracting(mail -> mail.mail().subject()).containsExactly("Récent", "Ancien");

        tx.executeWithoutResult(status -> {
            outbox.delivered(newest.get(0).id(), MailState.KEPT, NOW.plusSeconds(7_205));
            outbox.failed(newest.get(1).id(), "serveur injoignable", Optional.of(NOW.plusSeconds(7_400)));
        });

        List<QueuedMail> read = outbox.listed(PageRequest.of(1, 2)).rows();
        assertThat(read.get(0).state()).isEqualTo(MailState.KEPT);
        assertThat(read.get(0).deliveredAt()).contains(NOW.plusSeconds(7_205));
        assertThat(read.get(1).state()).isEqualTo(MailState.QUEUED);
        assertThat(read.get(1).attempts()).isOne();
        assertThat(read.get(1).lastError()).contains("serveur injoignable");
        List<QueuedMail> dueBeforeRetry = tx.execute(status -> outbox.claimDue(NOW.plusSeconds(7_300), 10));
        assertThat(dueBeforeRetry)
                .as("not due before its retry")
                .extracting(QueuedMail::id)
                .doesNotContain(read.get(1).id());
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from mail_outbox", Long.class);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
