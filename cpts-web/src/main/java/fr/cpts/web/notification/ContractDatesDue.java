package fr.cpts.web.notification;

import fr.cpts.domain.contract.ContractList;
import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.notification.Audience;
import fr.cpts.domain.notification.Notice;
import fr.cpts.domain.notification.NotificationKind;
import fr.cpts.web.FrenchFormats;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every morning (7:00, Paris), tells the porteurs of each CPTS whose contract in force has a deadline (a mission to
 * start or to deploy fully) in {@value #DAYS_AHEAD} days. Told once per deadline, however often it runs.
 */
@Component
class ContractDatesDue {

    static final int DAYS_AHEAD = 30;

    private final ContractList contracts;
    private final Notifier notifier;
    private final TransactionTemplate transactions;
    private final FrenchFormats formats;
    private final Clock clock;

    ContractDatesDue(
            ContractList contracts,
            Notifier notifier,
            TransactionTemplate transactions,
            FrenchFormats formats,
            Clock clock) {
        this.contracts = contracts;
        this.notifier = notifier;
        this.transactions = transactions;
        this.formats = formats;
        this.clock = clock;
    }

    @Scheduled(cron = "${cpts.notifications.deadline-cron:0 0 7 * * *}", zone = "Europe/Paris")
    @SchedulerLock(name = "contract-dates-due", lockAtMostFor = "PT30M")
    public void run() {
        tellDue();
    }

    /** Tells the deadlines due in {@value #DAYS_AHEAD} days; how many CPTS have one. */
    int tellDue() {
        LocalDate due = FrenchFormats.today(clock).plusDays(DAYS_AHEAD);
        List<CptsId> concerned = contracts.withNextDeadlineOn(due);
        transactions.executeWithoutResult(status -> concerned.forEach(cpts -> notifier.tell(List.of(new Notice(
                NotificationKind.CONTRACT_DATE_DUE,
                Audience.PORTEURS,
                cpts,
                "Échéance du contrat ACI le " + formats.day(due) + " : le démarrage ou le déploiement d'une mission "
                        + "est attendu ; déclarez-le sur la page du contrat",
                "/porteur/contrat",
                clock.instant(),
                null,
                "echeance-" + due)))));
        return concerned.size();
    }
}
