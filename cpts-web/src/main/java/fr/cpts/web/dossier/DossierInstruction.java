package fr.cpts.web.dossier;

import fr.cpts.domain.account.Account;
import fr.cpts.domain.account.Actor;
import fr.cpts.domain.audit.FieldChange;
import fr.cpts.domain.dossier.Dossier;
import fr.cpts.domain.dossier.DossierExchanged;
import fr.cpts.domain.dossier.DossierExchanges;
import fr.cpts.domain.dossier.DossierMove;
import fr.cpts.domain.dossier.DossierMoved;
import fr.cpts.domain.dossier.DossierQueue;
import fr.cpts.domain.dossier.DossierState;
import fr.cpts.domain.dossier.Dossiers;
import fr.cpts.domain.dossier.OpinionBody;
import fr.cpts.domain.dossier.OpinionRequest;
import fr.cpts.domain.dossier.OpinionVerdict;
import fr.cpts.domain.dossier.PrivateComment;
import fr.cpts.domain.dossier.QueuedDossier;
import fr.cpts.domain.dossier.SeedGrant;
import fr.cpts.domain.dossier.SeedGrantDecided;
import fr.cpts.domain.dossier.SeedGrantRange;
import fr.cpts.domain.dossier.SeedGrants;
import fr.cpts.domain.money.Money;
import fr.cpts.domain.shared.DomainException;
import fr.cpts.domain.shared.FrenchDates;
import fr.cpts.domain.shared.page.Page;
import fr.cpts.domain.shared.page.PageRequest;
import fr.cpts.domain.territory.DepartementCode;
import fr.cpts.domain.territory.Territories;
import fr.cpts.web.audit.AuditAction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the ARS officer does with the dossiers of their région: the queue, a page at a time, and the instruction
 * itself (take, ask for corrections, validate, refuse, close without follow-up), private comments, opinions asked of
 * the URPS or the CPAM, and the FIR seed grant. Each method is one transaction; a move's journal entry is written by
 * {@link DossierJournal} from the event it publishes.
 */
@Service
@Transactional
public class DossierInstruction {

    private final Dossiers dossiers;
    private final DossierExchanges exchanges;
    private final SeedGrants seedGrants;
    private final Territories territories;
    private final DossierQueue queue;
    private final DossierLocator locator;
    private final DossierJournal journal;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DossierInstruction(
            Dossiers dossiers,
            DossierExchanges exchanges,
            SeedGrants seedGrants,
            Territories territories,
            DossierQueue queue,
            DossierLocator locator,
            DossierJournal journal,
            ApplicationEventPublisher events,
            Clock clock) {
        this.dossiers = dossiers;
        this.exchanges = exchanges;
        this.seedGrants = seedGrants;
        this.territories = territories;
        this.queue = queue;
        this.locator = locator;
        this.journal = journal;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The filed dossiers of the officer's région, a page at a time, filtered by state, département (a code that
     * names none gives an empty list) and minimum age in days: those awaiting a decision first, the oldest first; or,
     * with an indicator to sort by (null for none), the highest value of the diagnostic frozen at filing first.
     */
    @Transactional(readOnly = true)
    public Page<ArsQueueRow> arsQueue(
            Account officer,
            QueueView view,
            DossierState state,
            String departement,
            Integer minDays,
            String sortIndicator,
            PageRequest page) {
        Instant now = clock.instant();
        return queueFilter(view, state, departement, minDays, now)
                .map(filter -> new DossierQueue.Filter(
                        filter.need(),
                        filter.state(),
                        filter.departement(),
                        filter.inStateNoLaterThan(),
                        sortIndicator))
                .map(filter -> queue.filed(officer.scope(), filter, page).map(dossier -> queueRow(dossier, now)))
                .orElseGet(() -> new Page<>(List.of(), page, 0));
    }

    /** The same list whole, in the same order, each row handed over as it is read (its exports). */
    @Transactional(readOnly = true)
    public void eachInArsQueue(
            Account officer,
            QueueView view,
            DossierState state,
            String departement,
            Integer minDays,
            Consumer<ArsQueueRow> rows) {
        Instant now = clock.instant();
        queueFilter(view, state, departement, minDays, now)
                .ifPresent(filter ->
                        queue.eachFiled(officer.scope(), filter, dossier -> rows.accept(queueRow(dossier, now))));
    }

    /** The queue's filter, empty when the département is a code that names none (the list is then empty). */
    private static Optional<DossierQueue.Filter> queueFilter(
            QueueView view, DossierState state, String departement, Integer minDays, Instant now) {
        DepartementCode code = null;
        if (departement != null && !departement.isBlank()) {
            try {
                code = new DepartementCode(departement.strip());
            } catch (IllegalArgumentException noSuchDepartement) {
                return Optional.empty();
            }
        }
        Instant noLaterThan = minDays == null ? null : now.minus(Duration.ofDays(Math.max(0, minDays)));
        return Optional.of(new DossierQueue.Filter(view.need(), state, code, noLaterThan));
    }

    private static ArsQueueRow queueRow(QueuedDossier dossier, Instant now) {
        return new ArsQueueRow(
                dossier, Duration.between(dossier.inStateSince(), now).toDays());
    }

    /** The départements of the officer's CPTS, for the list's filter. */
    @Transactional(readOnly = true)
    public List<String> departementsOf(Account officer) {
        return queue.departements(officer.scope()).stream()
                .map(DepartementCode::value)
                .toList();
    }

    /** An ARS decision or move on the dossier (take, corrections, validate, refuse, close). */
    public Dossier decide(Account officer, long id, DossierMove move, String reason) {
        Dossier dossier = locator.filedDossierInScope(officer, id);
        Actor actor = Actor.of(officer);
        DossierMoved moved =
                switch (move) {
                    case TAKE -> dossier.take(actor, clock.instant());
                    case REQUEST_CORRECTIONS -> dossier.requestCorrections(actor, clock.instant(), reason);
                    case VALIDATE -> dossier.validate(actor, clock.instant(), territories.overlapsOf(dossier.cpts()));
                    case REFUSE -> dossier.refuse(actor, clock.instant(), reason);
                    case CLOSE -> dossier.close(actor, clock.instant(), reason);
                    default ->
                        throw new DomainException("Impossible de " + move.verb() + " ce dossier : seul le porteur de "
                                + "projet le peut.");
                };
        Dossier saved = dossiers.save(dossier);
        events.publishEvent(new DossierMoved(saved.cpts(), saved.id().orElseThrow(), saved.kind(), moved.step()));
        return saved;
    }

    public void comment(Account officer, long id, String text) {
        Dossier dossier = locator.filedDossierInScope(officer, id);
        exchanges.addComment(new PrivateComment(dossier.id().orElseThrow(), Actor.of(officer), clock.instant(), text));
        // that a private comment was written, never what it says: the porteur reads this journal too
        journal.record(officer, dossier, AuditAction.PRIVATE_COMMENT, null, List.of());
    }

    public void askOpinion(Account officer, long id, OpinionBody body, String question, Optional<LocalDate> dueOn) {
        Dossier dossier = locator.filedDossierInScope(officer, id);
        if (body == null) {
            throw new DomainException("Choisissez l'organisme dont vous demandez l'avis (URPS ou CPAM).");
        }
        OpinionRequest asked = exchanges.saveOpinion(OpinionRequest.ask(
                dossier.id().orElseThrow(), body, question, dueOn, Actor.of(officer), clock.instant()));
        events.publishEvent(DossierExchanged.opinion(
                dossier, DossierExchanged.Exchange.OPINION_ASKED, asked, Actor.of(officer), clock.instant()));
        journal.record(officer, dossier, AuditAction.OPINION_REQUEST, null, OpinionJournal.asked(asked));
    }

    /** The ARS records an answer received outside the platform. */
    public void recordOpinion(
            Account officer, long dossierId, long opinionId, Optional<OpinionVerdict> verdict, String answer) {
        Dossier dossier = locator.filedDossierInScope(officer, dossierId);
        OpinionRequest request = exchanges
                .opinion(opinionId)
                .filter(found -> found.dossier().equals(dossier.id().orElseThrow()))
                .orElseThrow(DossierNotFound::new);
        request.answer(verdict, answer, Actor.of(officer), clock.instant());
        exchanges.saveOpinion(request);
        events.publishEvent(DossierExchanged.opinion(
                dossier, DossierExchanged.Exchange.OPINION_GIVEN, request, Actor.of(officer), clock.instant()));
        journal.record(officer, dossier, AuditAction.OPINION_GIVEN, null, OpinionJournal.given(request));
    }

    public void grantSeed(Account officer, long id, Money amount, LocalDate decidedOn) {
        Dossier dossier = locator.filedDossierInScope(officer, id);
        if (seedGrants.of(dossier.id().orElseThrow()).isPresent()) {
            throw new DomainException(
                    "Une subvention FIR d'amorçage a déjà été décidée pour cette lettre d'intention.");
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), FrenchDates.PARIS);
        SeedGrantRange range = seedGrants
                .rangeFor(
                        locator.cpts(dossier).region(),
                        decidedOn == null || decidedOn.isAfter(today) ? today : decidedOn)
                .orElseThrow(
                        () -> new DomainException("Aucune fourchette de subvention FIR n'est configurée pour la région "
                                + locator.cpts(dossier).region() + "."));
        SeedGrant grant = SeedGrant.decide(dossier, range, amount, decidedOn, Actor.of(officer), clock.instant());
        seedGrants.record(grant);
        events.publishEvent(new SeedGrantDecided(dossier.cpts(), grant));
        journal.record(
                officer,
                dossier,
                AuditAction.FIR_DECISION,
                null,
                List.of(
                        new FieldChange("amount", null, amount.toString()),
                        new FieldChange("decidedOn", null, decidedOn == null ? null : FrenchDates.day(decidedOn))));
    }
}
