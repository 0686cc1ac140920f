package fr.cpts.web.dossier;

import fr.cpts.domain.account.AccessScope;
import fr.cpts.domain.account.Account;
import fr.cpts.domain.account.Actor;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.audit.FieldChange;
import fr.cpts.domain.audit.FieldChanges;
import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.dossier.AttachmentInfo;
import fr.cpts.domain.dossier.CptsProgress;
import fr.cpts.domain.dossier.Dossier;
import fr.cpts.domain.dossier.DossierContent;
import fr.cpts.domain.dossier.DossierExchanges;
import fr.cpts.domain.dossier.DossierFile;
import fr.cpts.domain.dossier.DossierId;
import fr.cpts.domain.dossier.DossierKind;
import fr.cpts.domain.dossier.DossierMessage;
import fr.cpts.domain.dossier.DossierMove;
import fr.cpts.domain.dossier.DossierMoved;
import fr.cpts.domain.dossier.DossierQueue;
import fr.cpts.domain.dossier.DossierState;
import fr.cpts.domain.dossier.Dossiers;
import fr.cpts.domain.dossier.OpinionBody;
import fr.cpts.domain.dossier.OpinionRequest;
import fr.cpts.domain.dossier.PrivateComment;
import fr.cpts.domain.dossier.SeedGrant;
import fr.cpts.domain.dossier.SeedGrantRange;
import fr.cpts.domain.dossier.SeedGrants;
import fr.cpts.domain.money.FrenchNumbers;
import fr.cpts.domain.money.Money;
import fr.cpts.domain.shared.DomainException;
import fr.cpts.domain.shared.PdfFile;
import fr.cpts.domain.shared.page.Page;
import fr.cpts.domain.shared.page.PageRequest;
import fr.cpts.domain.territory.Commune;
import fr.cpts.domain.territory.Communes;
import fr.cpts.domain.territory.DepartementCode;
import fr.cpts.domain.territory.Territories;
import fr.cpts.domain.territory.Territory;
import fr.cpts.domain.territory.TerritoryOverlap;
import fr.cpts.web.audit.Audit;
import fr.cpts.web.audit.AuditAction;
import fr.cpts.web.audit.AuditedEntity;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The dossiers as each person may work on them. Every identifier coming from an address is checked here against
 * the person's scope (a porteur's own CPTS, an ARS officer's région, a CPAM officer's départements) and anything out
 * of it is answered as not found; private comments and opinions never leave for a porteur. Each method is one
 * transaction: a move, its timeline entry, the stage it leads the CPTS to and its journal entry (written by
 * {@link DossierJournal} from the move's event) are written together or not at all.
 */
@Service
@Transactional
public class DossierService {

    private final Dossiers dossiers;
    private final DossierExchanges exchanges;
    private final SeedGrants seedGrants;
    private final CptsRecords cptsRecords;
    private final Territories territories;
    private final Communes communes;
    private final Audit audit;
    private final long maxAttachmentBytes;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final DossierQueue queue;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    DossierService(Dossiers dossiers, DossierExchanges exchanges, SeedGrants seedGrants, CptsRecords cptsRecords,
                   Territories territories, Communes communes, Audit audit, Clock clock,
                   ApplicationEventPublisher events, DossierQueue queue,
                   @Value("${cpts.dossier.attachment-max-bytes:10485760}") long maxAttachmentBytes) {
        this.clock = clock;
        this.events = events;
        this.queue = queue;
        this.dossiers = dossiers;
        this.exchanges = exchanges;
        this.seedGrants = seedGrants;
        this.cptsRecords = cptsRecords;
        this.territories = territories;
        this.communes = communes;
        this.audit = audit;
        this.maxAttachmentBytes = maxAttachmentBytes;
    }

    /** The largest PDF accepted, in bytes. */
    public long maxAttachmentBytes() {
        return maxAttachmentBytes;
    }

    // ---- porteur ----

    /** The porteur's CPTS, where its dossiers lead it, and what is expected next. */
    @Transactional(readOnly = true)
    public Optional<PorteurProgress> progress(Account porteur) {
        return ownCptsIfAny(porteur).map(cpts -> new PorteurProgress(cpts,
                dossiers.of(cpts.id(), DossierKind.LETTRE_INTENTION),
                dossiers.of(cpts.id(), DossierKind.PROJET_SANTE)));
    }

    /** The porteur's dossier of that kind; a letter of intent never saved shows as an empty draft. */
    @Transactional(readOnly = true)
    public DossierPage porteurPage(Account porteur, DossierKind kind) {
        CptsRecord cpts = ownCpts(porteur);
        Dossier dossier = dossiers.of(cpts.id(), kind).orElseGet(() -> newDraft(cpts, kind));
        return page(porteur, cpts, dossier);
    }

    /**
     * Saves the porteur's draft from the version they read (empty when they started from a dossier never stored);
     * refused if someone saved since, or created it meanwhile.
     */
    public Dossier saveDraft(Account porteur, DossierKind kind, DossierContent content, OptionalLong readVersion) {
        CptsRecord cpts = ownCpts(porteur);
        Optional<Dossier> stored = dossiers.of(cpts.id(), kind);
        if (stored.isPresent() != readVersion.isPresent()
                || stored.map(d -> d.version() != readVersion.getAsLong()).orElse(false)) {
            throw new fr.cpts.domain.dossier.DossierConflict();
        }
        Dossier dossier = stored.orElseGet(() -> newDraft(cpts, kind));
        DossierContent before = dossier.content();
        dossier.edit(content, Actor.of(porteur));
        Dossier saved = dossiers.save(dossier);
        List<FieldChange> changes = FieldChanges.between((Record) before, (Record) dossier.content());
        if (stored.isEmpty() || !changes.isEmpty()) {
            journal(porteur, saved, stored.isEmpty() ? AuditAction.CREATION : AuditAction.MODIFICATION, null, changes);
        }
        return saved;
    }

    /** Files the porteur's dossier: a draft for the first time, or again after corrections. */
    public Dossier submit(Account porteur, DossierKind kind) {
        CptsRecord cpts = ownCpts(porteur);
        Dossier dossier = dossiers.of(cpts.id(), kind).orElseGet(() -> newDraft(cpts, kind));
        Territory territory = territories.of(cpts.id());
        List<TerritoryOverlap> overlaps = territories.overlapsOf(cpts.id());
        DossierMoved filed = dossier.state() == DossierState.CORRECTIONS_REQUESTED
                ? dossier.resubmit(Actor.of(porteur), now(), territory, overlaps)
                : dossier.submit(Actor.of(porteur), now(), territory, overlaps);
        return savedAndPublished(dossier, filed);
    }

    // ---- ARS ----

    /**
     * The filed dossiers of the officer's région, a page at a time, filtered by state, département (a code that
     * names none gives an empty list) and minimum age in days: those awaiting a decision first, the oldest first.
     */
    @Transactional(readOnly = true)
    public Page<ArsQueueRow> arsQueue(Account officer, DossierState state, String departement, Integer minDays,
                                      PageRequest page) {
        Instant now = now();
        DepartementCode code = null;
        if (departement != null && !departement.isBlank()) {
            try {
                code = new DepartementCode(departement.strip());
            } catch (IllegalArgumentException noSuchDepartement) {
                return new Page<>(List.of(), page, 0);
            }
        }
        Instant noLaterThan = minDays == null ? null : now.minus(Duration.ofDays(Math.max(0, minDays)));
        return queue.filed(officer.scope(), new DossierQueue.Filter(state, code, noLaterThan), page)
                .map(dossier -> new ArsQueueRow(dossier, Duration.between(dossier.inStateSince(), now).toDays()));
    }

    /** How many dossiers of the officer's région wait for the ARS. */
    @Transactional(readOnly = true)
    public long awaitingArs(Account officer) {
        return queue.awaitingArs(officer.scope());
    }

    /** The départements of the officer's CPTS, for the list's filter. */
    @Transactional(readOnly = true)
    public List<String> departementsOf(Account officer) {
        return queue.departements(officer.scope()).stream().map(DepartementCode::value).toList();
    }

    @Transactional(readOnly = true)
    public DossierPage officerPage(Account officer, long id) {
        Dossier dossier = filedDossierInScope(officer, id);
        return page(officer, cpts(dossier), dossier);
    }

    /** An ARS decision or move on the dossier (take, corrections, validate, refuse, close). */
    public Dossier decide(Account officer, long id, DossierMove move, String reason) {
        Dossier dossier = filedDossierInScope(officer, id);
        Actor actor = Actor.of(officer);
        DossierMoved moved = switch (move) {
            case TAKE -> dossier.take(actor, now());
            case REQUEST_CORRECTIONS -> dossier.requestCorrections(actor, now(), reason);
            case VALIDATE -> dossier.validate(actor, now(), territories.overlapsOf(dossier.cpts()));
            case REFUSE -> dossier.refuse(actor, now(), reason);
            case CLOSE -> dossier.close(actor, now(), reason);
            default -> throw new DomainException("Impossible de " + move.verb() + " ce dossier : seul le porteur de "
                    + "projet le peut.");
        };
        return savedAndPublished(dossier, moved);
    }

    public void comment(Account officer, long id, String text) {
        Dossier dossier = filedDossierInScope(officer, id);
        exchanges.addComment(new PrivateComment(dossier.id().orElseThrow(), Actor.of(officer), now(), text));
        // that a private comment was written, never what it says: the porteur reads this journal too
        journal(officer, dossier, AuditAction.PRIVATE_COMMENT, null, List.of());
    }

    public void askOpinion(Account officer, long id, OpinionBody body, String question) {
        Dossier dossier = filedDossierInScope(officer, id);
        if (body == null) {
            throw new DomainException("Choisissez l'organisme dont vous demandez l'avis (URPS ou CPAM).");
        }
        exchanges.saveOpinion(OpinionRequest.ask(dossier.id().orElseThrow(), body, question, Actor.of(officer), now()));
        journal(officer, dossier, AuditAction.OPINION_REQUEST, null,
                List.of(new FieldChange("opinionBody", null, body.label())));
    }

    /** The ARS records an answer received outside the platform. */
    public void recordOpinion(Account officer, long dossierId, long opinionId, String answer) {
        Dossier dossier = filedDossierInScope(officer, dossierId);
        OpinionRequest request = exchanges.opinion(opinionId)
                .filter(found -> found.dossier().equals(dossier.id().orElseThrow()))
                .orElseThrow(DossierNotFound::new);
        request.answer(answer, Actor.of(officer), now());
        exchanges.saveOpinion(request);
        journal(officer, dossier, AuditAction.OPINION_GIVEN, null,
                List.of(new FieldChange("opinionBody", null, request.body().label())));
    }

    public void grantSeed(Account officer, long id, Money amount, LocalDate decidedOn) {
        Dossier dossier = filedDossierInScope(officer, id);
        if (seedGrants.of(dossier.id().orElseThrow()).isPresent()) {
            throw new DomainException("Une subvention FIR d'amorçage a déjà été décidée pour cette lettre d'intention.");
        }
        SeedGrantRange range = seedGrants.rangeFor(cpts(dossier).region()).orElseThrow(() -> new DomainException(
                "Aucune fourchette de subvention FIR n'est configurée pour la région " + cpts(dossier).region() + "."));
        seedGrants.record(SeedGrant.decide(dossier, range, amount, decidedOn, Actor.of(officer), now()));
        journal(officer, dossier, AuditAction.FIR_DECISION, null, List.of(
                new FieldChange("amount", null, amount.toString()),
                new FieldChange("decidedOn", null, decidedOn == null ? null : DAY.format(decidedOn))));
    }

    // ---- both: messages and attachments ----

    /** A message of the porteur (on their dossier of that kind) or of the ARS, with its PDF attachments. */
    public void postMessage(Account person, DossierId dossier, String text, List<UploadedFile> files) {
        List<PdfFile> pdfs = files.stream().map(this::checkedPdf).toList();
        exchanges.addMessage(DossierMessage.write(dossier, Actor.of(person), now(), text), pdfs);
        Dossier written = dossiers.byId(dossier).orElseThrow(DossierNotFound::new);
        journal(person, written, AuditAction.MESSAGE, null, List.of());
        pdfs.forEach(pdf -> journalAttachment(person, written, pdf));
    }

    public void attach(Account person, DossierId dossier, UploadedFile file) {
        PdfFile pdf = checkedPdf(file);
        exchanges.attach(dossier, pdf, Actor.of(person), now());
        journalAttachment(person, dossiers.byId(dossier).orElseThrow(DossierNotFound::new), pdf);
    }

    /** The porteur's stored dossier of that kind, to write on. */
    @Transactional(readOnly = true)
    public DossierId porteurDossier(Account porteur, DossierKind kind) {
        CptsRecord cpts = ownCpts(porteur);
        return dossiers.of(cpts.id(), kind).flatMap(Dossier::id).orElseThrow(() -> new DomainException(
                "Enregistrez d'abord le brouillon du dossier."));
    }

    /** A filed dossier of the officer's région, to write on. */
    @Transactional(readOnly = true)
    public DossierId officerDossier(Account officer, long id) {
        return filedDossierInScope(officer, id).id().orElseThrow();
    }

    /** An attachment's name and bytes, if it belongs to a dossier the person may see. */
    @Transactional(readOnly = true)
    public PdfFile download(Account person, long attachmentId) {
        AttachmentInfo info = exchanges.attachment(attachmentId).orElseThrow(DossierNotFound::new);
        Dossier dossier = dossiers.byId(info.dossier()).orElseThrow(DossierNotFound::new);
        requireVisible(person, dossier);
        return exchanges.attachmentContent(attachmentId).orElseThrow(DossierNotFound::new);
    }

    // ---- CPAM ----

    /** The opinions asked of the CPAM on dossiers of the officer's départements, unanswered first. */
    @Transactional(readOnly = true)
    public List<OpinionRow> cpamOpinions(Account officer) {
        Map<CptsId, CptsRecord> visible = visibleCpts(officer);
        Map<DossierId, Dossier> byId = dossiers.ofCpts(visible.keySet()).stream()
                .collect(Collectors.toMap(dossier -> dossier.id().orElseThrow(), Function.identity()));
        return exchanges.opinionsAddressedTo(OpinionBody.CPAM, byId.keySet()).stream()
                .map(request -> new OpinionRow(request, byId.get(request.dossier()),
                        visible.get(byId.get(request.dossier()).cpts())))
                .toList();
    }

    @Transactional(readOnly = true)
    public OpinionRow cpamOpinion(Account officer, long opinionId) {
        return cpamOpinions(officer).stream().filter(row -> row.id() == opinionId).findFirst()
                .orElseThrow(DossierNotFound::new);
    }

    public void answerAsCpam(Account officer, long opinionId, String answer) {
        OpinionRow row = cpamOpinion(officer, opinionId);
        OpinionRequest request = row.request();
        request.answer(answer, Actor.of(officer), now());
        exchanges.saveOpinion(request);
        journal(officer, row.dossier(), AuditAction.OPINION_GIVEN, null,
                List.of(new FieldChange("opinionBody", null, request.body().label())));
    }

    // ---- journal ----

    /** Saves a dossier that just made a move, then publishes the move, naming the dossier as stored. */
    private Dossier savedAndPublished(Dossier dossier, DossierMoved moved) {
        Dossier saved = dossiers.save(dossier);
        events.publishEvent(new DossierMoved(saved.cpts(), saved.id().orElseThrow(), saved.kind(), moved.step()));
        return saved;
    }

    /** The name and size of an attached file, never its bytes. */
    private void journalAttachment(Account by, Dossier dossier, PdfFile pdf) {
        journal(by, dossier, AuditAction.ATTACHMENT, null, List.of(
                new FieldChange("fileName", null, pdf.filename()),
                new FieldChange("fileSize", null, FrenchNumbers.format(pdf.size()) + " octets")));
    }

    private void journal(Account by, Dossier dossier, AuditAction action, String reason, List<FieldChange> changes) {
        audit.record(by, dossier.cpts(), AuditedEntity.of(dossier.kind()), dossier.id().orElseThrow().value(), action,
                reason, changes);
    }

    // ---- scope ----

    private Optional<CptsRecord> ownCptsIfAny(Account porteur) {
        if (!(porteur.scope() instanceof AccessScope.OwnCpts own)) {
            return Optional.empty();
        }
        return cptsRecords.byId(own.cpts()).filter(porteur.scope()::covers);
    }

    private CptsRecord ownCpts(Account porteur) {
        return ownCptsIfAny(porteur).orElseThrow(DossierNotFound::new);
    }

    private Map<CptsId, CptsRecord> visibleCpts(Account person) {
        return person.scope().visibleIn(cptsRecords).stream().filter(person.scope()::covers)
                .collect(Collectors.toMap(CptsRecord::id, Function.identity()));
    }

    /** A dossier the officer's scope covers and that was filed (an officer never sees a draft). */
    private Dossier filedDossierInScope(Account officer, long id) {
        if (id <= 0 || officer.role() != Role.ARS_OFFICER) {
            throw new DossierNotFound();
        }
        Dossier dossier = dossiers.byId(new DossierId(id)).orElseThrow(DossierNotFound::new);
        if (dossier.state() == DossierState.DRAFT && dossier.timeline().isEmpty()) {
            throw new DossierNotFound();
        }
        requireVisible(officer, dossier);
        return dossier;
    }

    private void requireVisible(Account person, Dossier dossier) {
        CptsRecord cpts = cptsRecords.byId(dossier.cpts()).orElseThrow(DossierNotFound::new);
        boolean visible = switch (person.role()) {
            case PORTEUR, ARS_OFFICER -> person.scope().covers(cpts);
            // a CPAM officer sees what an opinion asked of the CPAM lets them see
            case CPAM_OFFICER -> person.scope().covers(cpts) && exchanges.opinionsOf(dossier.id().orElseThrow())
                    .stream().anyMatch(request -> request.body() == OpinionBody.CPAM);
            case ADMINISTRATOR -> false;
        };
        if (!visible || (person.role() == Role.ARS_OFFICER && dossier.state() == DossierState.DRAFT
                && dossier.timeline().isEmpty())) {
            throw new DossierNotFound();
        }
    }

    private CptsRecord cpts(Dossier dossier) {
        return cptsRecords.byId(dossier.cpts()).orElseThrow(DossierNotFound::new);
    }

    private Dossier newDraft(CptsRecord cpts, DossierKind kind) {
        if (kind == DossierKind.LETTRE_INTENTION) {
            return Dossier.startLetterOfIntent(cpts.id(), now());
        }
        return Dossier.startHealthProject(dossiers.of(cpts.id(), DossierKind.LETTRE_INTENTION).orElse(null), now());
    }

    private DossierPage page(Account viewer, CptsRecord cpts, Dossier dossier) {
        Territory territory = territories.of(cpts.id());
        List<TerritoryOverlap> overlaps = territories.overlapsOf(cpts.id());
        List<Commune> found = territory.isEmpty() ? List.of() : communes.byCodes(territory.communes()).found();
        long population = found.stream().mapToLong(commune -> commune.population().orElse(0)).sum();
        DossierFile file = dossier.id().map(id -> DossierFile.seenBy(viewer.role(), dossier, exchanges.messages(id),
                        exchanges.attachmentsOf(id), exchanges.comments(id), exchanges.opinionsOf(id)))
                .orElseGet(() -> DossierFile.seenBy(viewer.role(), dossier, List.of(), List.of(), List.of(), List.of()));
        SeedGrant grant = null;
        SeedGrantRange range = null;
        if (dossier.kind() == DossierKind.LETTRE_INTENTION && dossier.id().isPresent()) {
            grant = seedGrants.of(dossier.id().get()).orElse(null);
            range = seedGrants.rangeFor(cpts.region()).orElse(null);
        }
        Set<DossierMove> moves = dossier.availableMoves(viewer.role());
        return new DossierPage(cpts, file, dossier.missingItems(territory),
                new TerritorySummary(found, population, overlaps), moves, grant, range);
    }

    private PdfFile checkedPdf(UploadedFile file) {
        return PdfFile.checked(file.filename(), file.content(), maxAttachmentBytes);
    }

    private Instant now() {
        return clock.instant();
    }

    /** The porteur's CPTS and its dossiers, for their home page. */
    public record PorteurProgress(CptsRecord cpts, Optional<Dossier> letterOfIntent, Optional<Dossier> healthProject) {

        public String nextStep() {
            return CptsProgress.nextStep(letterOfIntent, healthProject);
        }

        /** Whether the porteur may open the health project (the letter of intent is validated). */
        public boolean healthProjectOpen() {
            return letterOfIntent.map(li -> li.state() == DossierState.VALIDATED).orElse(false);
        }
    }

    /** A file as uploaded through a form, before it is checked. */
    public record UploadedFile(String filename, byte[] content) {
    }
}
