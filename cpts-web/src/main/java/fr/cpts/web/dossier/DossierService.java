package fr.cpts.web.dossier;

import fr.cpts.domain.account.Account;
import fr.cpts.domain.account.Actor;
import fr.cpts.domain.audit.FieldChange;
import fr.cpts.domain.audit.FieldChanges;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.dossier.AttachmentInfo;
import fr.cpts.domain.dossier.DecisionLetters;
import fr.cpts.domain.dossier.Dossier;
import fr.cpts.domain.dossier.DossierContent;
import fr.cpts.domain.dossier.DossierExchanged;
import fr.cpts.domain.dossier.DossierExchanges;
import fr.cpts.domain.dossier.DossierFile;
import fr.cpts.domain.dossier.DossierId;
import fr.cpts.domain.dossier.DossierKind;
import fr.cpts.domain.dossier.DossierMessage;
import fr.cpts.domain.dossier.DossierMove;
import fr.cpts.domain.dossier.DossierMoved;
import fr.cpts.domain.dossier.DossierState;
import fr.cpts.domain.dossier.Dossiers;
import fr.cpts.domain.dossier.SeedGrant;
import fr.cpts.domain.dossier.SeedGrantRange;
import fr.cpts.domain.dossier.SeedGrants;
import fr.cpts.domain.shared.DomainException;
import fr.cpts.domain.shared.FrenchDates;
import fr.cpts.domain.shared.PdfFile;
import fr.cpts.domain.territory.Commune;
import fr.cpts.domain.territory.Communes;
import fr.cpts.domain.territory.Territories;
import fr.cpts.domain.territory.Territory;
import fr.cpts.domain.territory.TerritoryOverlap;
import fr.cpts.web.audit.AuditAction;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dossiers as the porteur writes and files them, and what every party shares on a dossier (its page, messages,
 * attachments). The ARS's instruction is {@link DossierInstruction}, the CPAM's opinions {@link CpamOpinions}. Every
 * identifier coming from an address is checked against the person's scope ({@link DossierLocator}) and anything out
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
    private final DecisionLetters letters;
    private final Territories territories;
    private final Communes communes;
    private final DossierJournal journal;
    private final DossierLocator locator;
    private final long maxAttachmentBytes;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    DossierService(
            Dossiers dossiers,
            DossierExchanges exchanges,
            SeedGrants seedGrants,
            DecisionLetters letters,
            Territories territories,
            Communes communes,
            DossierJournal journal,
            DossierLocator locator,
            Clock clock,
            ApplicationEventPublisher events,
            @Value("${cpts.dossier.attachment-max-bytes:10485760}") long maxAttachmentBytes) {
        this.clock = clock;
        this.events = events;
        this.dossiers = dossiers;
        this.exchanges = exchanges;
        this.seedGrants = seedGrants;
        this.letters = letters;
        this.territories = territories;
        this.communes = communes;
        this.journal = journal;
        this.locator = locator;
        this.maxAttachmentBytes = maxAttachmentBytes;
    }

    /** The largest PDF accepted, in bytes. */
    public long maxAttachmentBytes() {
        return maxAttachmentBytes;
    }

    // ---- porteur ----

    /** The porteur's CPTS, where its dossiers lead it, and what is expected next. */
    @Transactional(readOnly = true)
    /** Whether the porteur may open their health project: their letter of intent is validated. */
    public boolean healthProjectOpen(Account porteur) {
        return progress(porteur).map(PorteurProgress::healthProjectOpen).orElse(false);
    }

    public Optional<PorteurProgress> progress(Account porteur) {
        return locator.ownCptsIfAny(porteur)
                .map(cpts -> new PorteurProgress(
                        cpts,
                        dossiers.of(cpts.id(), DossierKind.LETTRE_INTENTION),
                        dossiers.of(cpts.id(), DossierKind.PROJET_SANTE)));
    }

    /** The porteur's dossier of that kind; a letter of intent never saved shows as an empty draft. */
    @Transactional(readOnly = true)
    public DossierPage porteurPage(Account porteur, DossierKind kind) {
        CptsRecord cpts = locator.ownCpts(porteur);
        Dossier dossier = dossiers.of(cpts.id(), kind).orElseGet(() -> newDraft(cpts, kind));
        return page(porteur, cpts, dossier);
    }

    /**
     * Saves the porteur's draft from the version they read (empty when they started from a dossier never stored);
     * refused if someone saved since, or created it meanwhile.
     */
    public Dossier saveDraft(Account porteur, DossierKind kind, DossierContent content, OptionalLong readVersion) {
        CptsRecord cpts = locator.ownCpts(porteur);
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
            journal.record(
                    porteur, saved, stored.isEmpty() ? AuditAction.CREATION : AuditAction.MODIFICATION, null, changes);
        }
        return saved;
    }

    /** Files the porteur's dossier: a draft for the first time, or again after corrections. */
    public Dossier submit(Account porteur, DossierKind kind) {
        CptsRecord cpts = locator.ownCpts(porteur);
        Dossier dossier = dossiers.of(cpts.id(), kind).orElseGet(() -> newDraft(cpts, kind));
        Territory territory = territories.of(cpts.id());
        List<TerritoryOverlap> overlaps = territories.overlapsOf(cpts.id());
        DossierMoved filed = dossier.state() == DossierState.CORRECTIONS_REQUESTED
                ? dossier.resubmit(Actor.of(porteur), now(), territory, overlaps)
                : dossier.submit(Actor.of(porteur), now(), territory, overlaps);
        return savedAndPublished(dossier, filed);
    }

    @Transactional(readOnly = true)
    public DossierPage officerPage(Account officer, long id) {
        Dossier dossier = locator.filedDossierInScope(officer, id);
        return page(officer, locator.cpts(dossier), dossier);
    }

    // ---- both: messages and attachments ----

    /** A message of the porteur (on their dossier of that kind) or of the ARS, with its PDF attachments. */
    public void postMessage(Account person, DossierId dossier, String text, List<UploadedFile> files) {
        DossierMessage.checkAttachmentCount(files.size());
        List<PdfFile> pdfs = files.stream().map(this::checkedPdf).toList();
        exchanges.addMessage(DossierMessage.write(dossier, Actor.of(person), now(), text), pdfs);
        Dossier written = dossiers.byId(dossier).orElseThrow(DossierNotFound::new);
        journal.record(person, written, AuditAction.MESSAGE, null, List.of());
        pdfs.forEach(pdf -> journal.attachment(person, written, pdf));
        events.publishEvent(new DossierExchanged(
                written.cpts(),
                dossier,
                written.kind(),
                DossierExchanged.Exchange.MESSAGE,
                Optional.empty(),
                Actor.of(person),
                now()));
    }

    public void attach(Account person, DossierId dossier, UploadedFile file) {
        PdfFile pdf = checkedPdf(file);
        exchanges.attach(dossier, pdf, Actor.of(person), now());
        journal.attachment(person, dossiers.byId(dossier).orElseThrow(DossierNotFound::new), pdf);
    }

    /** The porteur's stored dossier of that kind, to write on. */
    @Transactional(readOnly = true)
    public DossierId porteurDossier(Account porteur, DossierKind kind) {
        CptsRecord cpts = locator.ownCpts(porteur);
        return dossiers.of(cpts.id(), kind)
                .flatMap(Dossier::id)
                .orElseThrow(() -> new DomainException("Enregistrez d'abord le brouillon du dossier."));
    }

    /** A filed dossier of the officer's région, to write on. */
    @Transactional(readOnly = true)
    public DossierId officerDossier(Account officer, long id) {
        return locator.filedDossierInScope(officer, id).id().orElseThrow();
    }

    /** An attachment's name and bytes, if it belongs to a dossier the person may see. */
    @Transactional(readOnly = true)
    public PdfFile download(Account person, long attachmentId) {
        AttachmentInfo info = exchanges.attachment(attachmentId).orElseThrow(DossierNotFound::new);
        Dossier dossier = dossiers.byId(info.dossier()).orElseThrow(DossierNotFound::new);
        locator.requireVisible(person, dossier);
        return exchanges.attachmentContent(attachmentId).orElseThrow(DossierNotFound::new);
    }

    // ---- journal ----

    /** Saves a dossier that just made a move, then publishes the move, naming the dossier as stored. */
    private Dossier savedAndPublished(Dossier dossier, DossierMoved moved) {
        Dossier saved = dossiers.save(dossier);
        events.publishEvent(new DossierMoved(saved.cpts(), saved.id().orElseThrow(), saved.kind(), moved.step()));
        return saved;
    }

    private Dossier newDraft(CptsRecord cpts, DossierKind kind) {
        if (kind == DossierKind.LETTRE_INTENTION) {
            return Dossier.startLetterOfIntent(cpts.id(), now());
        }
        return Dossier.startHealthProject(
                dossiers.of(cpts.id(), DossierKind.LETTRE_INTENTION).orElse(null), now());
    }

    private DossierPage page(Account viewer, CptsRecord cpts, Dossier dossier) {
        Territory territory = territories.of(cpts.id());
        List<TerritoryOverlap> overlaps = territories.overlapsOf(cpts.id());
        List<Commune> found = territory.isEmpty()
                ? List.of()
                : communes.byCodes(territory.communes()).found();
        long population = found.stream()
                .mapToLong(commune -> commune.population().orElse(0))
                .sum();
        DossierFile file = dossier.id()
                .map(id -> DossierFile.seenBy(
                        viewer.role(),
                        dossier,
                        exchanges.messages(id),
                        exchanges.attachmentsOf(id),
                        exchanges.comments(id),
                        exchanges.opinionsOf(id)))
                .orElseGet(
                        () -> DossierFile.seenBy(viewer.role(), dossier, List.of(), List.of(), List.of(), List.of()));
        SeedGrant grant = null;
        SeedGrantRange range = null;
        if (dossier.kind() == DossierKind.LETTRE_INTENTION && dossier.id().isPresent()) {
            grant = seedGrants.of(dossier.id().get()).orElse(null);
            range = seedGrants
                    .rangeFor(cpts.region(), LocalDate.ofInstant(now(), FrenchDates.PARIS))
                    .orElse(null);
        }
        Set<DossierMove> moves = dossier.availableMoves(viewer.role());
        return new DossierPage(
                cpts,
                file,
                dossier.missingItems(territory),
                new TerritorySummary(found, population, overlaps),
                moves,
                grant,
                range,
                dossier.id().map(letters::of).orElse(List.of()));
    }

    private PdfFile checkedPdf(UploadedFile file) {
        return PdfFile.checked(file.filename(), file.content(), maxAttachmentBytes);
    }

    private Instant now() {
        return clock.instant();
    }

    /** The porteur's CPTS and its dossiers, for their home page. */
    public record PorteurProgress(CptsRecord cpts, Optional<Dossier> letterOfIntent, Optional<Dossier> healthProject) {

        /** Whether the porteur may open the health project (the letter of intent is validated). */
        public boolean healthProjectOpen() {
            return letterOfIntent
                    .map(li -> li.state() == DossierState.VALIDATED)
                    .orElse(false);
        }
    }

    /** A file as uploaded through a form, before it is checked. */
    public record UploadedFile(String filename, byte[] content) {}
}
