package fr.cpts.web.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.mail.MailOutbox;
import fr.cpts.domain.notification.Audience;
import fr.cpts.domain.notification.Notice;
import fr.cpts.domain.notification.NotificationKind;
import fr.cpts.web.BenchmarkApplication;
import fr.cpts.web.mail.SmtpTestDelivery;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The notifications and mails at the scale of a busy morning, on the packaged application's own beans and an
 * embedded PostgreSQL, with a real SMTP server (GreenMail) in the JVM; each operation handles {@value #PEOPLE}
 * people:
 *
 * <ul>
 *   <li>{@code notifyAndQueue}: one notice reaching {@value #PEOPLE} porteurs who want it at once, notifications and
 *       mails queued in the move's transaction (target under 1 s, that is over 1 000 mails queued a second);
 *   <li>{@code deliver}: {@value #PEOPLE} queued mails sent to the SMTP server by the delivery job (target over 100
 *       mails a second);
 *   <li>{@code dailyDigest}: the 8:00 digest of {@value #PEOPLE} people with 5 notifications each waiting (target
 *       under 5 s).
 * </ul>
 *
 * Run: {@code mvn -o -pl cpts-web -Pbenchmark verify -DskipTests}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class NotificationBenchmark {

    static final int PEOPLE = 1_000;
    private static final String PREFIX = "bench-";

    private ConfigurableApplicationContext app;
    private GreenMail smtp;
    private JdbcTemplate jdbc;
    private Notifier notifier;
    private DailyDigest digest;
    private MailOutbox outbox;
    private PlatformTransactionManager transactions;
    private CptsId cpts;

    @Setup(Level.Trial)
    public void start() throws IOException {
        smtp = new GreenMail(new ServerSetup(BenchmarkApplication.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        app = BenchmarkApplication.start();
        jdbc = app.getBean(JdbcTemplate.class);
        notifier = app.getBean(Notifier.class);
        digest = app.getBean(DailyDigest.class);
        outbox = app.getBean(MailOutbox.class);
        transactions = app.getBean(PlatformTransactionManager.class);
        cpts = new CptsId(jdbc.queryForObject(
                "insert into cpts (name, region_code, departement_code, stage) values ('CPTS Banc d''essai', '75', "
                        + "'33', 'INITIATIVE') returning id",
                Long.class));
        jdbc.update(
                "insert into account (username, display_name, password_hash, role, cpts_id, email) "
                        + "select ? || n, 'Porteur ' || n, '{noop}x', 'PORTEUR', ?, ? || n || '@exemple.fr' "
                        + "from generate_series(1, ?) n",
                PREFIX,
                cpts.value(),
                PREFIX,
                PEOPLE);
    }

    @Setup(Level.Invocation)
    public void clear() throws Exception {
        jdbc.update("delete from mail_outbox");
        jdbc.update("delete from notification");
        smtp.purgeEmailFromAllMailboxes();
    }

    @Benchmark
    public int notifyAndQueue() {
        new TransactionTemplate(transactions)
                .executeWithoutResult(status -> notifier.tell(List.of(new Notice(
                        NotificationKind.SIGNATURE,
                        Audience.PORTEURS,
                        cpts,
                        "Contrat ACI (version 1) signé par les trois parties : il est en vigueur",
                        "/porteur/contrat",
                        Instant.now(),
                        "agent-cpam"))));
        return count("select count(*) from mail_outbox");
    }

    @Benchmark
    public int deliver(QueuedMails queued) {
        return SmtpTestDelivery.deliverAll(outbox, transactions, smtp.getSmtp().getPort());
    }

    @Benchmark
    public int dailyDigest(PendingDigests pending) {
        return digest.send();
    }

    /** {@value #PEOPLE} mails waiting in the outbox. */
    @State(Scope.Thread)
    public static class QueuedMails {
        @Setup(Level.Invocation)
        public void queue(NotificationBenchmark bench) {
            bench.notifyAndQueue();
        }
    }

    /** {@value #PEOPLE} people who chose the digest, 5 notifications each waiting for it. */
    @State(Scope.Thread)
    public static class PendingDigests {
        @Setup(Level.Invocation)
        public void raise(NotificationBenchmark bench) {
            bench.jdbc.update(
                    "insert into notification (account_id, kind, cpts_id, title, link, created_at, digest_pending) "
                            + "select a.id, 'MESSAGE', ?, 'Nouveau message de l''ARS sur votre lettre d''intention ' "
                            + "|| k, '/porteur/dossiers/lettre-intention', now() - interval '1 hour', true "
                            + "from account a, generate_series(1, 5) k where a.username like ?",
                    bench.cpts.value(),
                    PREFIX + "%");
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
        app.close();
        smtp.stop();
    }

    private int count(String sql) {
        Integer found = jdbc.queryForObject(sql, Integer.class);
        return found == null ? 0 : found;
    }
}
