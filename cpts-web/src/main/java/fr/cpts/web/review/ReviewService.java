package fr.cpts.web.review;

import fr.cpts.domain.account.Account;
import fr.cpts.domain.account.Actor;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.audit.FieldChange;
import fr.cpts.domain.contract.BinaryReward;
import fr.cpts.domain.contract.ContractMission;
import fr.cpts.domain.contract.Contracts;
import fr.cpts.domain.contract.Indicator;
import fr.cpts.domain.contract.RewardTier;
import fr.cpts.domain.contract.SignedContract;
import fr.cpts.domain.contract.TieredReward;
import fr.cpts.domain.contract.VersionedContract;
import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.money.FrenchNumbers;
import fr.cpts.domain.review.IndicatorAssessment;
import fr.cpts.domain.review.IndicatorDeclaration;
import fr.cpts.domain.review.ReviewConflict;
import fr.cpts.domain.review.ReviewEvidence;
import fr.cpts.domain.review.ReviewMove;
import fr.cpts.domain.review.ReviewState;
import fr.cpts.domain.review.ReviewTransition;
import fr.cpts.domain.review.VersionedReview;
import fr.cpts.domain.review.YearlyReview;
import fr.cpts.domain.review.YearlyReviews;
import fr.cpts.domain.shared.ArchivedDocument;
import fr.cpts.domain.shared.DomainException;
import fr.cpts.domain.shared.PdfFile;
import fr.cpts.funding.contract.ContractFunding;
import fr.cpts.funding.contract.PaymentStatement;
import fr.cpts.web.FrenchFormats;
import fr.cpts.web.audit.Audit;
import fr.cpts.web.audit.AuditAction;
import fr.cpts.web.audit.AuditedEntity;
import fr.cpts.web.cpts.CptsDirectory;
import fr.cpts.web.document.ContractPdfs;
import fr.cpts.web.document.PdfDocument;
import fr.cpts.web.document.StatementDocument;
import fr.cpts.web.territory.CptsAccess;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The yearly reviews as each person may work on them. The CPTS comes from the porteur's account, or from the address
 * for an officer, checked against their scope (région for the ARS, départements for the CPAM): anything out of it,
 * and a review its CPTS never filed, is answered as not found. Each method is one transaction: a move, its history,
 * and its journal entry ({@link Audit}) are written together or not at all; closing also computes the year's payment
 * statement from the accepted values, renders its PDF and archives it with its SHA-256 in that same transaction.
 * Every move is checked by the review itself ({@link YearlyReview}), whatever the page showed; a change made from a
 * version someone else has changed since is refused ({@link ReviewConflict}).
 */
@Service
@Transactional
public class ReviewService {

    /** The time zone of the reviews' days: when a contract year starts, when a review was closed. */

    private final Contracts contracts;
    private final YearlyReviews reviews;
    private final CptsAccess access;
    private final CptsDirectory directory;
    private final ContractFunding funding;
    private final ContractPdfs pdfs;
    private final Audit audit;
    private final FrenchFormats formats;
    private final long maxEvidenceBytes;
    private final Clock clock;

    ReviewService(Contracts contracts, YearlyReviews reviews, CptsAccess access, CptsDirectory directory,
                  ContractFunding funding, ContractPdfs pdfs, Audit audit, FrenchFormats formats, Clock clock,
                  @Value("${cpts.dossier.attachment-max-bytes:10485760}") long maxEvidenceBytes) {
        this.clock = clock;
        this.contracts = contracts;
        this.reviews = reviews;
        this.access = access;
        this.directory = directory;
        this.funding = funding;
        this.pdfs = pdfs;
        this.audit = audit;
        this.formats = formats;
        this.maxEvidenceBytes = maxEvidenceBytes;
    }

    /** The largest evidence PDF accepted, in bytes. */
    public long maxEvidenceBytes() {
        return maxEvidenceBytes;
    }

    // ---- porteur ----

    /** The five years of the porteur's contract in force, each with its review's state, if it was opened. */
    @Transactional(readOnly = true)
    public ContractYears porteurYears(Account porteur) {
        CptsRecord cpts = access.own(porteur);
        Optional<SignedContract> contract = inForce(cpts);
        if (contract.isEmpty()) {
            return new ContractYears(cpts, Optional.empty(), List.of());
        }
        Map<Integer, ReviewState> states = reviews.ofCpts(List.of(cpts.id())).stream().map(VersionedReview::review)
                .collect(Collectors.toMap(YearlyReview::contractYear, YearlyReview::state));
        LocalDate today = today();
        List<ReviewYearRow> years = new ArrayList<>();
        for (int year = 1; year <= YearlyReview.CONTRACT_YEARS; year++) {
            LocalDate start = yearStart(contract.get(), year);
            years.add(new ReviewYearRow(year, start, yearStart(contract.get(), year + 1).minusDays(1),
                    states.get(year), !today.isBefore(start)));
        }
        return new ContractYears(cpts, contract, years);
    }

    /** Opens the review of a contract year, on the contract version in force, once that year has started. */
    public void open(Account porteur, int year) {
        CptsRecord cpts = access.own(porteur);
        requireContractYear(year);
        SignedContract contract = inForce(cpts).orElseThrow(() -> new DomainException("Impossible d'ouvrir une "
                + "revue annuelle : aucun contrat ACI signé par les trois parties n'est en vigueur pour la "
                + cpts.name() + "."));
        LocalDate start = yearStart(contract, year);
        if (today().isBefore(start)) {
            throw new DomainException("Impossible d'ouvrir la revue annuelle de l'année " + year + " : cette année "
                    + "du contrat commence le " + formats.day(start) + " (anniversaire de la signature du "
                    + formats.day(contract.signatureDate()) + "). Elle pourra être ouverte à partir de cette "
                    + "date.");
        }
        if (reviews.of(cpts.id(), year).isPresent()) {
            throw new DomainException("La revue annuelle de l'année " + year + " est déjà ouverte.");
        }
        YearlyReview review = YearlyReview.open(contract, year, now());
        reviews.save(review, 0);
        journal(porteur, cpts, year, AuditAction.REVIEW_OPENING, null, List.of(
                new FieldChange("state", null, review.state().label()),
                new FieldChange("reviewedVersion", null, String.valueOf(contract.version()))));
    }

    /**
     * Saves the values and comments typed for every indicator (by position in the review), as a draft. Every value
     * is read before anything changes: a value that does not read as a number refuses the whole declaration, naming
     * its indicator; a value emptied is refused too (a declared value is changed, never removed). An indicator absent
     * from the form is left as it is. Only the indicators whose value or comment changed are declared again
     * (declaring again drops the CPAM's assessment of that indicator). Returns how many indicators changed.
     */
    public int declare(Account porteur, int year, long readVersion, List<String> values, List<String> comments) {
        Located at = locate(porteur, null, year);
        requireVersion(at, readVersion);
        YearlyReview review = at.review();
        List<Declared> changed = new ArrayList<>();
        List<String> names = review.indicators();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (at(values, i) == null && at(comments, i) == null) {
                // not in the form sent: left as it is
                continue;
            }
            Optional<IndicatorDeclaration> before = review.declaration(name);
            BigDecimal value = IndicatorValues.parse(at(values, i), "la valeur déclarée", name);
            String comment = at(comments, i) == null ? before.map(IndicatorDeclaration::comment).orElse(null)
                    : IndicatorValues.text(at(comments, i), "le commentaire", name);
            if (value == null) {
                if (before.isPresent()) {
                    throw new DomainException("La valeur déclarée de l'indicateur « " + name + " » ne peut pas être "
                            + "effacée : écrivez la nouvelle valeur.");
                }
                if (comment != null) {
                    throw new DomainException("Le commentaire de l'indicateur « " + name + " » accompagne une "
                            + "valeur : déclarez d'abord la valeur de cet indicateur.");
                }
                continue;
            }
            boolean same = before.map(d -> d.value().compareTo(value) == 0 && Objects.equals(d.comment(), comment))
                    .orElse(false);
            if (!same) {
                changed.add(new Declared(name, before.orElse(null), value, comment));
            }
        }
        if (!review.availableMoves(Role.PORTEUR).contains(ReviewMove.DECLARE)) {
            throw refused(ReviewMove.DECLARE, review);
        }
        Actor actor = Actor.of(porteur);
        Instant now = now();
        for (Declared declared : changed) {
            review.declare(declared.name(), declared.value(), declared.comment(), actor, now);
        }
        if (changed.isEmpty()) {
            return 0;
        }
        reviews.save(review, at.version());
        for (Declared declared : changed) {
            List<FieldChange> fields = new ArrayList<>();
            fields.add(new FieldChange("reviewIndicator", null, declared.name()));
            fields.add(new FieldChange("declaredValue", declared.before() == null ? null
                    : IndicatorValues.shown(declared.before().value()), IndicatorValues.shown(declared.value())));
            String commentBefore = declared.before() == null ? null : declared.before().comment();
            if (!Objects.equals(commentBefore, declared.comment())) {
                fields.add(new FieldChange("declarationComment", commentBefore, declared.comment()));
            }
            journal(porteur, at.cpts(), year, AuditAction.DECLARATION, null, fields);
        }
        return changed.size();
    }

    /** Attaches a PDF as evidence of one indicator, while the porteur may still change the declaration. */
    public void addEvidence(Account porteur, int year, String indicator, UploadedFile file) {
        Located at = locate(porteur, null, year);
        YearlyReview review = at.review();
        if (!review.availableMoves(Role.PORTEUR).contains(ReviewMove.DECLARE)) {
            throw new DomainException("Impossible d'ajouter un justificatif à cette revue annuelle (année " + year
                    + ") : elle est à l'état « " + review.state().label() + " ».");
        }
        String name = indicator == null ? "" : indicator.strip();
        if (!review.indicators().contains(name)) {
            throw new DomainException("Choisissez l'indicateur du contrat que ce justificatif documente.");
        }
        if (file == null || file.content() == null || file.content().length == 0) {
            throw new DomainException("Choisissez un fichier PDF à joindre comme justificatif de l'indicateur « "
                    + name + " ».");
        }
        PdfFile pdf = PdfFile.checked(file.filename(), file.content(), maxEvidenceBytes);
        reviews.addEvidence(at.cpts().id(), year, name, pdf, Actor.of(porteur), now());
        journal(porteur, at.cpts(), year, AuditAction.ATTACHMENT, null, List.of(
                new FieldChange("reviewIndicator", null, name),
                new FieldChange("fileName", null, pdf.filename()),
                new FieldChange("fileSize", null, FrenchNumbers.format(pdf.size()) + " octets")));
    }

    /** Files the declaration: the first time, or again after the CPAM asked for corrections. */
    public void submit(Account porteur, int year, long readVersion) {
        Located at = locate(porteur, null, year);
        requireVersion(at, readVersion);
        YearlyReview review = at.review();
        ReviewState before = review.state();
        boolean again = before == ReviewState.CORRECTIONS_REQUESTED;
        if (again) {
            review.resubmit(Actor.of(porteur), now());
        } else {
            review.submit(Actor.of(porteur), now());
        }
        reviews.save(review, at.version());
        journal(porteur, at.cpts(), year, again ? AuditAction.RESUBMISSION : AuditAction.SUBMISSION, null,
                List.of(stateChange(before, review.state())));
    }

    // ---- CPAM ----

    /**
     * The CPAM officer accepts the declared value of one indicator ({@code ACCEPT}) or retains another value, saying
     * why ({@code ADJUST}).
     */
    public void assess(Account officer, long cptsId, int year, long readVersion, String indicator, String decision,
                       String value, String reason) {
        requireRole(officer, Role.CPAM_OFFICER);
        Located at = locate(officer, cptsId, year);
        requireVersion(at, readVersion);
        YearlyReview review = at.review();
        String name = indicator == null ? "" : indicator.strip();
        if (!review.indicators().contains(name)) {
            throw new DomainException("L'indicateur « " + (name.length() > 80 ? name.substring(0, 80) + "…" : name)
                    + " » ne figure pas au contrat ACI (version " + review.contractVersion() + ") de cette revue "
                    + "annuelle.");
        }
        String before = review.assessment(name).map(a -> IndicatorValues.shown(a.retainedValue())).orElse(null);
        AuditAction action;
        String why = null;
        if ("ACCEPT".equals(decision)) {
            review.accept(name, Actor.of(officer), now());
            action = AuditAction.INDICATOR_ACCEPTANCE;
        } else if ("ADJUST".equals(decision)) {
            BigDecimal retained = IndicatorValues.required(value, "la valeur retenue", name);
            why = IndicatorValues.text(reason, "le motif de l'ajustement", name);
            review.adjust(name, retained, why, Actor.of(officer), now());
            action = AuditAction.INDICATOR_ADJUSTMENT;
        } else {
            throw new DomainException("Choisissez, pour l'indicateur « " + name + " », d'accepter la valeur déclarée "
                    + "ou de l'ajuster.");
        }
        reviews.save(review, at.version());
        IndicatorAssessment after = review.assessment(name).orElseThrow();
        journal(officer, at.cpts(), year, action, why, List.of(
                new FieldChange("reviewIndicator", null, name),
                new FieldChange("retainedValue", before, IndicatorValues.shown(after.retainedValue()))));
    }

    /** The CPAM officer sends the declaration back to the CPTS, saying what to correct. */
    public void requestCorrections(Account officer, long cptsId, int year, long readVersion, String reason) {
        requireRole(officer, Role.CPAM_OFFICER);
        Located at = locate(officer, cptsId, year);
        requireVersion(at, readVersion);
        YearlyReview review = at.review();
        ReviewState before = review.state();
        String why = IndicatorValues.text(reason, "le motif de la demande de corrections", null);
        review.requestCorrections(Actor.of(officer), now(), why);
        reviews.save(review, at.version());
        journal(officer, at.cpts(), year, AuditAction.CORRECTIONS_REQUEST, why,
                List.of(stateChange(before, review.state())));
    }

    /**
     * The ARS officer records the serious health crisis it declared during the year, citing its decision: the crisis
     * mission's variable part becomes due at closing.
     */
    public void declareCrisis(Account officer, long cptsId, int year, long readVersion, String decision) {
        requireRole(officer, Role.ARS_OFFICER);
        Located at = locate(officer, cptsId, year);
        requireVersion(at, readVersion);
        YearlyReview review = at.review();
        String why = IndicatorValues.text(decision, "la décision de l'ARS déclarant la crise", null);
        review.declareCrisis(Actor.of(officer), now(), why);
        reviews.save(review, at.version());
        journal(officer, at.cpts(), year, AuditAction.CRISIS_DECLARATION, why,
                List.of(new FieldChange("crisisDeclared", "non", "oui")));
    }

    /**
     * The CPAM officer closes the review: the year's payment statement is computed from the accepted values, its PDF
     * rendered and archived with its SHA-256, all with the closing, or nothing at all.
     */
    public PaymentStatement close(Account officer, long cptsId, int year, long readVersion) {
        requireRole(officer, Role.CPAM_OFFICER);
        Located at = locate(officer, cptsId, year);
        requireVersion(at, readVersion);
        YearlyReview review = at.review();
        ReviewState before = review.state();
        Instant now = now();
        review.close(Actor.of(officer), now);
        PaymentStatement statement = funding.statement(at.contract(), at.contract().terms().population(), year,
                review.acceptedValues(), review.crisisDeclared());
        StatementDocument document = StatementDocuments.of(at.cpts().name(), at.contract().terms().missions(),
                review, statement);
        PdfDocument pdf = pdfs.statement(document);
        reviews.save(review, at.version());
        ArchivedDocument archived = ArchivedDocument.issue(pdf.filename(), pdf.bytes(), now);
        reviews.archiveStatement(at.cpts().id(), year, archived);
        journal(officer, at.cpts(), year, AuditAction.REVIEW_CLOSING, null, List.of(
                stateChange(before, review.state()),
                new FieldChange("fixedPartDue", null, statement.fixedPartDue().amount().toString()),
                new FieldChange("variablePartEarned", null, statement.variablePartEarned().amount().toString()),
                new FieldChange("advancesPaid", null, statement.advancesPaid().amount().toString()),
                new FieldChange("balanceDue", null, statement.balanceDue().amount().toString()),
                new FieldChange("fileName", null, archived.filename()),
                new FieldChange("sha256", null, archived.sha256())));
        return statement;
    }

    /** The filed reviews of the officer's CPTS: those awaiting the CPAM's examination first, each group oldest first. */
    @Transactional(readOnly = true)
    public List<OfficerReviewRow> officerQueue(Account officer) {
        if (officer.role() != Role.CPAM_OFFICER && officer.role() != Role.ARS_OFFICER) {
            return List.of();
        }
        Map<CptsId, CptsRecord> visible = directory.visibleTo(officer).stream()
                .collect(Collectors.toMap(CptsRecord::id, Function.identity(), (a, b) -> a));
        return reviews.ofCpts(visible.keySet()).stream().map(VersionedReview::review)
                .filter(ReviewService::filed)
                .map(review -> new OfficerReviewRow(visible.get(review.cpts()), review.contractYear(), review.state(),
                        since(review)))
                .sorted(Comparator.comparing((OfficerReviewRow row) -> !row.awaitingExamination())
                        .thenComparing(OfficerReviewRow::since))
                .toList();
    }

    // ---- everyone: pages, evidence, statement, simulation ----

    /**
     * The review as that person sees it. {@code cptsId} is the CPTS of the address, for an officer; a porteur's is
     * always their own (pass null).
     */
    @Transactional(readOnly = true)
    public ReviewPage page(Account person, Long cptsId, int year) {
        return page(person, locate(person, cptsId, year));
    }

    /** A piece of evidence of that review, if the person may see the review. */
    @Transactional(readOnly = true)
    public PdfFile evidence(Account person, Long cptsId, int year, long evidenceId) {
        Located at = locate(person, cptsId, year);
        return reviews.evidenceFile(evidenceId)
                .filter(file -> file.cpts().equals(at.cpts().id()) && file.contractYear() == year)
                .map(YearlyReviews.EvidenceFile::file)
                .orElseThrow(ReviewNotFound::new);
    }

    /** The payment statement of a closed review, with every amount explained, and its archived PDF's fingerprint. */
    @Transactional(readOnly = true)
    public StatementPage statement(Account person, Long cptsId, int year) {
        Located at = locate(person, cptsId, year);
        ArchivedDocument pdf = archivedStatement(at);
        YearlyReview review = at.review();
        PaymentStatement statement = funding.statement(at.contract(), at.contract().terms().population(), year,
                review.acceptedValues(), review.crisisDeclared());
        StatementDocument document = StatementDocuments.of(at.cpts().name(), at.contract().terms().missions(),
                review, statement);
        return new StatementPage(page(person, at), document, statement, pdf.filename(), pdf.size(), pdf.sha256(),
                pdf.generatedAt());
    }

    /** The statement's PDF exactly as archived when the review was closed. */
    @Transactional(readOnly = true)
    public ArchivedDocument statementPdf(Account person, Long cptsId, int year) {
        return archivedStatement(locate(person, cptsId, year));
    }

    /**
     * What-if: the payment the year would give with these values (by indicator position; a blank one counts as not
     * reached), on a review still open. Nothing is saved, nothing journaled.
     */
    @Transactional(readOnly = true)
    public Simulation simulate(Account person, Long cptsId, int year, List<String> values) {
        Located at = locate(person, cptsId, year);
        YearlyReview review = at.review();
        if (review.state() == ReviewState.CLOSED) {
            throw new DomainException("La revue annuelle de l'année " + year + " est clôturée : ses valeurs ne "
                    + "changent plus, et son relevé de paiement est établi. La simulation porte sur une revue "
                    + "ouverte.");
        }
        Map<String, BigDecimal> parsed = new LinkedHashMap<>();
        List<String> entered = new ArrayList<>();
        List<String> names = review.indicators();
        for (int i = 0; i < names.size(); i++) {
            String typed = at(values, i);
            entered.add(typed == null ? "" : typed.strip());
            BigDecimal value = IndicatorValues.parse(typed, "la valeur simulée", names.get(i));
            if (value != null) {
                parsed.put(names.get(i), value);
            }
        }
        PaymentStatement statement = funding.whatIf(at.contract(), at.contract().terms().population(), year, parsed,
                review.crisisDeclared());
        return new Simulation(entered, statement);
    }

    // ---- internals ----

    /** A review located in the person's scope, with its CPTS and the contract version it reviews. */
    private record Located(CptsRecord cpts, VersionedReview stored, SignedContract contract) {

        YearlyReview review() {
            return stored.review();
        }

        long version() {
            return stored.version();
        }
    }

    /** One indicator whose declaration changes. */
    private record Declared(String name, IndicatorDeclaration before, BigDecimal value, String comment) {
    }

    /** A file as uploaded through a form, before it is checked. */
    public record UploadedFile(String filename, byte[] content) {
    }

    private Located locate(Account person, Long cptsId, int year) {
        requireContractYear(year);
        CptsRecord cpts = switch (person.role()) {
            case PORTEUR -> access.own(person);
            case ARS_OFFICER, CPAM_OFFICER -> access.visible(person, cptsId == null ? 0 : cptsId);
            case ADMINISTRATOR -> throw new ReviewNotFound();
        };
        VersionedReview stored = reviews.of(cpts.id(), year).orElseThrow(ReviewNotFound::new);
        if (person.role() != Role.PORTEUR && !filed(stored.review())) {
            // the CPTS's draft is its own until it files it
            throw new ReviewNotFound();
        }
        SignedContract contract = contracts.of(cpts.id()).map(VersionedContract::contract)
                .flatMap(aci -> aci.version(stored.review().contractVersion()))
                .orElseThrow(ReviewNotFound::new);
        return new Located(cpts, stored, contract);
    }

    private ReviewPage page(Account person, Located at) {
        YearlyReview review = at.review();
        Map<String, List<ReviewEvidence>> evidence = reviews.evidence(at.cpts().id(), review.contractYear()).stream()
                .collect(Collectors.groupingBy(ReviewEvidence::indicator, LinkedHashMap::new, Collectors.toList()));
        Map<String, IndicatorTerms> terms = new LinkedHashMap<>();
        for (ContractMission mission : at.contract().terms().missions()) {
            for (Indicator indicator : mission.indicators()) {
                terms.put(indicator.name(), new IndicatorTerms(mission, indicator));
            }
        }
        List<ReviewPage.IndicatorLine> lines = new ArrayList<>();
        List<String> names = review.indicators();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            IndicatorTerms term = terms.get(name);
            lines.add(new ReviewPage.IndicatorLine(i, name,
                    term == null ? "" : term.mission().mission().label(),
                    term == null ? "" : IndicatorValues.shown(term.indicator().baseline()),
                    term == null ? "" : IndicatorValues.shown(term.indicator().target()),
                    term == null ? "" : reward(term.indicator()),
                    review.declaration(name).orElse(null), review.assessment(name).orElse(null),
                    evidence.getOrDefault(name, List.of())));
        }
        int year = review.contractYear();
        return new ReviewPage(person.role(), at.cpts(), at.contract(), review, at.version(),
                yearStart(at.contract(), year), yearStart(at.contract(), year + 1).minusDays(1), lines,
                review.availableMoves(person.role()),
                review.state() == ReviewState.CLOSED && reviews.statement(at.cpts().id(), year).isPresent());
    }

    private record IndicatorTerms(ContractMission mission, Indicator indicator) {
    }

    /** « 3 500,00 € si la cible est atteinte » or « palier « socle » (30) : 1 000,00 € ; ... ». */
    private static String reward(Indicator indicator) {
        if (indicator.reward() instanceof BinaryReward binary) {
            return binary.amount() + " si la cible est atteinte";
        }
        TieredReward tiered = (TieredReward) indicator.reward();
        List<String> tiers = new ArrayList<>();
        for (RewardTier tier : tiered.tiers()) {
            tiers.add("palier « " + tier.label() + " » (" + IndicatorValues.shown(tier.threshold()) + ") : "
                    + tier.amount());
        }
        return String.join(" ; ", tiers);
    }

    private ArchivedDocument archivedStatement(Located at) {
        YearlyReview review = at.review();
        if (review.state() != ReviewState.CLOSED) {
            throw new DomainException("Le relevé de paiement de l'année " + review.contractYear() + " est établi "
                    + "quand la CPAM clôture la revue annuelle : elle est à l'état « " + review.state().label()
                    + " ».");
        }
        return reviews.statement(at.cpts().id(), review.contractYear()).orElseThrow(ReviewNotFound::new);
    }

    private Optional<SignedContract> inForce(CptsRecord cpts) {
        return contracts.of(cpts.id()).flatMap(versioned -> versioned.contract().active());
    }

    /** Contract year N starts on the (N − 1)th anniversary of the signature. */
    private static LocalDate yearStart(SignedContract contract, int year) {
        return contract.signatureDate().plusYears(year - 1L);
    }

    private static void requireContractYear(int year) {
        if (year < 1 || year > YearlyReview.CONTRACT_YEARS) {
            throw new ReviewNotFound();
        }
    }

    private static void requireRole(Account person, Role role) {
        if (person.role() != role) {
            throw new ReviewNotFound();
        }
    }

    private static void requireVersion(Located at, long readVersion) {
        if (at.version() != readVersion) {
            throw new ReviewConflict();
        }
    }

    private static DomainException refused(ReviewMove move, YearlyReview review) {
        return new DomainException(move.refusal() + " cette revue annuelle (année " + review.contractYear()
                + ") : elle est à l'état « " + review.state().label() + " ».");
    }

    /** Whether the CPTS has filed this review at least once. */
    private static boolean filed(YearlyReview review) {
        return review.timeline().stream().anyMatch(step -> step.move() == ReviewMove.SUBMIT);
    }

    /** Since when the review is in its state. */
    private static Instant since(YearlyReview review) {
        List<ReviewTransition> timeline = review.timeline();
        Instant since = review.openedAt();
        for (ReviewTransition step : timeline) {
            if (step.from() != step.to()) {
                since = step.at();
            }
        }
        return since;
    }

    private static String at(List<String> list, int index) {
        return list != null && index < list.size() ? list.get(index) : null;
    }

    private static FieldChange stateChange(ReviewState before, ReviewState after) {
        return new FieldChange("state", before.label(), after.label());
    }

    /** Every entry names the contract year; the entity is the review of that year of the CPTS. */
    private void journal(Account by, CptsRecord cpts, int year, AuditAction action, String reason,
                         List<FieldChange> changes) {
        List<FieldChange> all = new ArrayList<>();
        all.add(new FieldChange("reviewYear", null, String.valueOf(year)));
        all.addAll(changes);
        audit.record(by, cpts.id(), AuditedEntity.REVUE_ANNUELLE, year, action, reason, all);
    }

    private Instant now() {
        return clock.instant();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(FrenchFormats.PARIS));
    }
}
