package fr.cpts.web.security;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Deletes the failed sign-in counters past their window, every hour, on one instance only. */
@Component
class LoginFailuresPurge {

    private static final Logger log = LoggerFactory.getLogger(LoginFailuresPurge.class);

    private final LoginThrottle throttle;

    LoginFailuresPurge(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Scheduled(cron = "${cpts.login.purge-cron:0 17 * * * *}")
    @SchedulerLock(name = "sign-in-failures-purge", lockAtLeastFor = "PT1M")
    public void run() {
        log.debug("Compteurs d'échecs de connexion expirés supprimés : {}", throttle.purge());
    }
}
