package fr.cpts.web.dossier;

import fr.cpts.domain.account.AccessScope;
import fr.cpts.domain.account.Account;
import fr.cpts.domain.account.Actor;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.dossier.AskedOpinion;
import fr.cpts.domain.dossier.Dossier;
import fr.cpts.domain.dossier.DossierExchanged;
import fr.cpts.domain.dossier.DossierExchanges;
import fr.cpts.domain.dossier.Dossiers;
import fr.cpts.domain.dossier.OpinionBody;
import fr.cpts.domain.dossier.OpinionQueue;
import fr.cpts.domain.dossier.OpinionRequest;
import fr.cpts.domain.dossier.OpinionVerdict;
import fr.cpts.domain.shared.DomainException;
import fr.cpts.domain.shared.page.Page;
import fr.cpts.domain.shared.page.PageRequest;
import fr.cpts.web.audit.AuditAction;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The opinions the ARS asks of the CPAM on dossiers of the officer's départements: the list (unanswered first), one
 * opinion, and the CPAM's answer, journaled without its text.
 */
@Service
@Transactional
public class CpamOpinions {

    private final Dossiers dossiers;
    private final DossierExchanges exchanges;
    private final OpinionQueue queue;
    private final CptsRecords records;
    private final DossierJournal journal;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CpamOpinions(
            Dossiers dossiers,
            DossierExchanges exchanges,
            OpinionQueue queue,
            CptsRecords records,
            DossierJournal journal,
            Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.dossiers = dossiers;
        this.exchanges = exchanges;
        this.queue = queue;
        this.records = records;
        this.journal = journal;
        this.clock = clock;
    }

    /** The opinions asked of the CPAM on dossiers of the officer's départements, unanswered first, a page at a time. */
    @Transactional(readOnly = true)
    public Page<AskedOpinion> cpamOpinions(Account officer, PageRequest page) {
        return queue.askedOf(OpinionBody.CPAM, cpamScope(officer), page);
    }

    /** The same list whole, in the same order, each opinion handed over as it is read (its exports). */
    @Transactional(readOnly = true)
    public void eachCpamOpinion(Account officer, Consumer<AskedOpinion> rows) {
        queue.eachAskedOf(OpinionBody.CPAM, cpamScope(officer), rows);
    }

    /** One opinion asked of the CPAM on a dossier of the officer's départements (404 otherwise). */
    @Transactional(readOnly = true)
    public OpinionRow cpamOpinion(Account officer, long opinionId) {
        cpamScope(officer);
        OpinionRequest request = exchanges
                .opinion(opinionId)
                .filter(asked -> asked.body() == OpinionBody.CPAM)
                .orElseThrow(DossierNotFound::new);
        Dossier dossier = dossiers.byId(request.dossier()).orElseThrow(DossierNotFound::new);
        CptsRecord cpts =
                records.byId(dossier.cpts()).filter(officer.scope()::covers).orElseThrow(DossierNotFound::new);
        return new OpinionRow(request, dossier, cpts);
    }

    private static AccessScope cpamScope(Account officer) {
        if (officer.role() != Role.CPAM_OFFICER) {
            throw new DossierNotFound();
        }
        return officer.scope();
    }

    /** The CPAM officer gives the CPAM's opinion: what it concludes is required, with its text. */
    public void answerAsCpam(Account officer, long opinionId, Optional<OpinionVerdict> verdict, String answer) {
        OpinionRow row = cpamOpinion(officer, opinionId);
        OpinionRequest request = row.request();
        if (verdict.isEmpty()) {
            throw new DomainException(
                    "Choisissez le sens de l'avis : favorable, favorable avec réserves ou défavorable.");
        }
        request.answer(verdict, answer, Actor.of(officer), clock.instant());
        exchanges.saveOpinion(request);
        events.publishEvent(DossierExchanged.opinion(
                row.dossier(), DossierExchanged.Exchange.OPINION_GIVEN, request, Actor.of(officer), clock.instant()));
        journal.record(officer, row.dossier(), AuditAction.OPINION_GIVEN, null, OpinionJournal.given(request));
    }
}
