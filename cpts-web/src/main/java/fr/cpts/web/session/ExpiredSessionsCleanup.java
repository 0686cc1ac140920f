package fr.cpts.web.session;

import java.util.concurrent.atomic.AtomicInteger;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Deletes the expired HTTP sessions from PostgreSQL every ten minutes, on one instance only (the built-in cleanup
 * of Spring Session, which every instance would run, is switched off in {@link SessionConfiguration}).
 */
@Component
@ConditionalOnProperty(name = "cpts.sessions.store", havingValue = "jdbc", matchIfMissing = true)
public class ExpiredSessionsCleanup {

    private static final Logger log = LoggerFactory.getLogger(ExpiredSessionsCleanup.class);

    private final JdbcIndexedSessionRepository sessions;
    private final AtomicInteger runs = new AtomicInteger();

    ExpiredSessionsCleanup(JdbcIndexedSessionRepository sessions) {
        this.sessions = sessions;
    }

    @Scheduled(cron = "${cpts.sessions.cleanup-cron:0 */10 * * * *}")
    @SchedulerLock(name = "expired-sessions-cleanup", lockAtLeastFor = "PT1M")
    public void run() {
        runs.incrementAndGet();
        sessions.cleanUpExpiredSessions();
        log.debug("Sessions expirées supprimées");
    }

    /** How many times this instance ran the job (the others skipped it while locked). */
    public int runs() {
        return runs.get();
    }
}
