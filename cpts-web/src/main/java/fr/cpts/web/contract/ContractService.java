package fr.cpts.web.contract;

import fr.cpts.domain.account.Account;
import fr.cpts.domain.account.Actor;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.audit.FieldChange;
import fr.cpts.domain.audit.FieldChanges;
import fr.cpts.domain.contract.AciContract;
import fr.cpts.domain.contract.AciContractDraft;
import fr.cpts.domain.contract.ContractMission;
import fr.cpts.domain.contract.ContractSigned;
import fr.cpts.domain.contract.ContractTerms;
import fr.cpts.domain.contract.Contracts;
import fr.cpts.domain.contract.MissionDeadline;
import fr.cpts.domain.contract.MissionDeadlineFlag;
import fr.cpts.domain.contract.MissionDeadlines;
import fr.cpts.domain.contract.MissionProgress;
import fr.cpts.domain.contract.SignedContract;
import fr.cpts.domain.contract.VersionedContract;
import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.dossier.Dossier;
import fr.cpts.domain.dossier.DossierKind;
import fr.cpts.domain.dossier.DossierState;
import fr.cpts.domain.dossier.Dossiers;
import fr.cpts.domain.mission.Mission;
import fr.cpts.domain.mission.MissionKind;
import fr.cpts.domain.money.Money;
import fr.cpts.domain.review.ReviewState;
import fr.cpts.domain.review.VersionedReview;
import fr.cpts.domain.review.YearlyReviews;
import fr.cpts.domain.shared.ArchivedDocument;
import fr.cpts.domain.shared.DomainException;
import fr.cpts.domain.shared.lifecycle.Step;
import fr.cpts.domain.territory.Communes;
import fr.cpts.domain.territory.Territories;
import fr.cpts.domain.territory.Territory;
import fr.cpts.funding.aci.AciSimulator;
import fr.cpts.funding.contract.ContractCheckResult;
import fr.cpts.funding.contract.ContractFunding;
import fr.cpts.funding.contract.ContractSchedule;
import fr.cpts.funding.contract.PaymentStatement;
import fr.cpts.web.FrenchFormats;
import fr.cpts.web.audit.Audit;
import fr.cpts.web.audit.AuditAction;
import fr.cpts.web.audit.AuditedEntity;
import fr.cpts.web.territory.CptsAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The ACI contract as its three parties work on it. The CPTS is always one the person's scope covers (checked by
 * {@link CptsAccess} before the call); each method is one transaction: a change, its PDF when the third party signs,
 * and its journal entry are written together or not at all. The rules (who signs, what may change when) are the
 * domain's; the amounts are checked by the funding engine against the rule set in force on the signature date.
 */
@Service
@Transactional
public class ContractService {

    private static final Logger log = LoggerFactory.getLogger(ContractService.class);

    private final Contracts contracts;
    private final YearlyReviews reviews;
    private final Dossiers dossiers;
    private final Territories territories;
    private final Communes communes;
    private final AciSimulator simulator;
    private final ContractFunding funding;
    private final ContractPdf pdf;
    private final Audit audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ContractService(Contracts contracts, YearlyReviews reviews, Dossiers dossiers, Territories territories,
                    Communes communes, AciSimulator simulator, ContractFunding funding, ContractPdf pdf, Audit audit,
                    Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.contracts = contracts;
        this.reviews = reviews;
        this.dossiers = dossiers;
        this.territories = territories;
        this.communes = communes;
        this.simulator = simulator;
        this.funding = funding;
        this.pdf = pdf;
        this.audit = audit;
        this.clock = clock;
    }

    /** Everything the contract page shows the viewer of that CPTS. */
    @Transactional(readOnly = true)
    public ContractPage page(Account viewer, CptsRecord cpts) {
        Optional<VersionedContract> stored = contracts.of(cpts.id());
        LocalDate today = today();
        Optional<LocalDate> validatedOn = healthProjectValidatedOn(cpts.id());
        if (stored.isEmpty()) {
            return ContractPage.withoutContract(cpts, viewer.role(), validatedOn, population(cpts.id()));
        }
        AciContract contract = stored.get().contract();
        Optional<ContractCheckResult> draftCheck = contract.pendingDraft()
                .map(draft -> funding.check(draft, draft.terms().population()));
        Optional<ContractSchedule> schedule = contract.active().flatMap(active -> schedule(active, cpts.id()));
        Map<Mission, MissionProgress> progress = contracts.progress(cpts.id());
        return ContractPage.of(cpts, viewer.role(), contract, stored.get().version(), draftCheck, schedule, progress,
                today, contracts.documentVersions(cpts.id()));
    }


    /**
     * Drafts the contract once the health project is validated: the four missions socle, each on the latest dates
     * the ACI deadlines allow from {@code signatureDate}, fixed parts to negotiate, and the bracket of the territory's
     * population today.
     */
    public void startDraft(Account by, CptsRecord cpts, LocalDate signatureDate) {
        if (by.role() != Role.PORTEUR && by.role() != Role.ARS_OFFICER) {
            throw new DomainException("Le projet de contrat ACI est préparé par le porteur de la CPTS ou par l'ARS.");
        }
        if (contracts.of(cpts.id()).isPresent()) {
            throw new DomainException("La CPTS « " + cpts.name() + " » a déjà un contrat ACI : modifiez son projet, ou "
                    + "préparez un avenant s'il est signé.");
        }
        LocalDate validatedOn = healthProjectValidatedOn(cpts.id()).orElseThrow(() -> new DomainException(
                "Le contrat ACI se prépare une fois le projet de santé de la CPTS validé par l'ARS : il ne l'est pas "
                        + "encore."));
        if (signatureDate == null) {
            throw new DomainException("Indiquez la date de signature prévue du contrat.");
        }
        if (signatureDate.isAfter(today().plusYears(1))) {
            throw new DomainException("La date de signature prévue ne peut pas dépasser d'un an la date du jour.");
        }
        MissionDeadlines deadlines = MissionDeadlines.aciWithAvenant2();
        List<ContractMission> missions = new ArrayList<>();
        for (Mission mission : Mission.values()) {
            if (mission.kind() == MissionKind.CORE) {
                MissionDeadline deadline = deadlines.of(mission).orElseThrow();
                missions.add(new ContractMission(mission, deadline.dueDates(signatureDate).startBy(),
                        deadline.dueDates(signatureDate).fullyDeployedBy(), Money.ZERO, List.of()));
            }
        }
        AciContract contract = AciContract.draft(cpts.id(), validatedOn, signatureDate,
                terms(cpts.id(), signatureDate, missions), deadlines);
        contracts.save(contract, 0);
        journal(by, cpts, AuditAction.CREATION, null,
                FieldChanges.between(null, TermsSnapshot.of(contract.pendingDraft().orElseThrow().terms())));
    }

    /** Replaces the missions of the draft (contract or amendment), the population and bracket taken again. */
    public void revise(Account by, CptsRecord cpts, List<ContractMission> missions, long version) {
        VersionedContract stored = stored(cpts);
        AciContract contract = stored.contract();
        AciContractDraft draft = contract.pendingDraft().orElseThrow(() -> new DomainException(
                "Le contrat ACI est signé par les trois parties : préparez un avenant pour le modifier."));
        ContractTerms before = draft.terms();
        contract.revise(terms(cpts.id(), draft.signatureDate(), missions), Actor.of(by));
        contracts.save(contract, version);
        journal(by, cpts, AuditAction.MODIFICATION, draft.amendmentReason().orElse(null),
                FieldChanges.between(TermsSnapshot.of(before), TermsSnapshot.of(draft.terms())));
    }

    /**
     * The person signs the draft for their party; the funding engine must accept its amounts. When the third party
     * signs, the contract's PDF is issued and archived with its SHA-256.
     */
    public void sign(Account by, CptsRecord cpts, long version) {
        AciContract contract = stored(cpts).contract();
        AciContractDraft draft = contract.pendingDraft().orElseThrow(() -> new DomainException(
                "Il n'y a rien à signer : le contrat ACI en vigueur est signé par les trois parties."));
        ContractCheckResult check = funding.check(draft, draft.terms().population());
        if (!check.accepted()) {
            throw new DomainException("Impossible de signer : le moteur de financement refuse ce projet. "
                    + String.join(" ", check.refusals()));
        }
        int number = draft.version();
        ContractSigned signature = contract.sign(Actor.of(by), clock.instant());
        contracts.save(contract, version);
        if (signature.fullySigned()) {
            ArchivedDocument document = pdf.issue(cpts, contract.version(number).orElseThrow(), check,
                    signature.at());
            contracts.archive(cpts.id(), number, document);
            signature = signature.issued(document.sha256());
        }
        events.publishEvent(signature);
    }

    /** Prepares an amendment (avenant) to the version in force, saying why. */
    public void amend(Account by, CptsRecord cpts, String reason, long version) {
        AciContract contract = stored(cpts).contract();
        AciContractDraft amendment = contract.amend(reason, Actor.of(by));
        contracts.save(contract, version);
        journal(by, cpts, AuditAction.AMENDMENT, reason,
                List.of(new FieldChange("version", null, String.valueOf(amendment.version()))));
    }

    /** The porteur reports when a mission really started and was fully deployed. */
    public void reportProgress(Account porteur, CptsRecord cpts, Mission mission, LocalDate startedOn,
                               LocalDate fullyDeployedOn) {
        if (porteur.role() != Role.PORTEUR) {
            throw new DomainException("L'avancement des missions est déclaré par le porteur de la CPTS.");
        }
        SignedContract active = stored(cpts).contract().active().orElseThrow(() -> new DomainException(
                "L'avancement des missions se déclare une fois le contrat ACI signé par les trois parties."));
        if (mission == null || active.terms().mission(mission).isEmpty()) {
            throw new DomainException("Cette mission ne figure pas au contrat ACI en vigueur.");
        }
        MissionProgress before = contracts.progress(cpts.id()).getOrDefault(mission, MissionProgress.none(mission));
        MissionProgress after = new MissionProgress(mission, startedOn, fullyDeployedOn).reportedOn(today())
                .notBefore(active.signatureDate());
        contracts.saveProgress(cpts.id(), after);
        journal(porteur, cpts, AuditAction.MISSION_PROGRESS, null, FieldChanges.between(before, after));
    }

    /** The PDF issued for a signed version, as archived. */
    @Transactional(readOnly = true)
    public Optional<ArchivedDocument> document(CptsRecord cpts, int version) {
        return contracts.document(cpts.id(), version);
    }

    /**
     * What a contract year would pay with these indicator values, on the draft being negotiated or else on the
     * version in force (with the crisis the ARS recorded for that year, if any): computed, never saved.
     */
    @Transactional(readOnly = true)
    public PaymentStatement whatIf(CptsRecord cpts, int year, Map<String, BigDecimal> values) {
        AciContract contract = stored(cpts).contract();
        if (year < 1 || year > 5) {
            throw new DomainException("Choisissez une année du contrat, de 1 à 5.");
        }
        Optional<AciContractDraft> draft = contract.pendingDraft();
        if (draft.isPresent()) {
            return funding.whatIf(draft.get(), draft.get().terms().population(), year, values, false);
        }
        SignedContract active = contract.active().orElseThrow();
        boolean crisis = reviews.of(cpts.id(), year).map(stored -> stored.review().crisisDeclared()).orElse(false);
        return funding.whatIf(active, active.terms().population(), year, values, crisis);
    }

    /** Where the CPTS's contract stands and the mission dates needing attention, for its other pages. */
    @Transactional(readOnly = true)
    public ContractSummary summary(CptsRecord cpts) {
        return contracts.of(cpts.id()).map(stored -> new ContractSummary(stored.contract().status(),
                stored.contract().active().map(active -> MissionDeadlineFlag.of(active,
                        contracts.progress(cpts.id()), today())).orElse(List.of())))
                .orElse(new ContractSummary(null, List.of()));
    }

    /** The contracts of the officer's scope, those with a late or imminent deadline first. */
    @Transactional(readOnly = true)
    public List<ContractRow> list(List<CptsRecord> visible) {
        Map<CptsId, CptsRecord> byId = visible.stream().collect(Collectors.toMap(CptsRecord::id, Function.identity()));
        LocalDate today = today();
        Map<CptsId, Map<Mission, MissionProgress>> progress = contracts.progressOf(byId.keySet());
        return contracts.ofCpts(byId.keySet()).stream()
                .map(stored -> {
                    AciContract contract = stored.contract();
                    List<MissionDeadlineFlag> flags = contract.active()
                            .map(active -> MissionDeadlineFlag.of(active,
                                    progress.getOrDefault(contract.cpts(), Map.of()), today))
                            .orElse(List.of());
                    return new ContractRow(byId.get(contract.cpts()), contract, flags);
                })
                .sorted(Comparator.comparing((ContractRow row) -> !row.hasOverdue())
                        .thenComparing(row -> row.flags().isEmpty())
                        .thenComparing(row -> row.cpts().name()))
                .toList();
    }

    private VersionedContract stored(CptsRecord cpts) {
        return contracts.of(cpts.id()).orElseThrow(() -> new DomainException("La CPTS « " + cpts.name()
                + " » n'a pas encore de contrat ACI."));
    }

    /** The terms with the territory's population today and the bracket it falls in on the signature date. */
    ContractTerms terms(CptsId cpts, LocalDate signatureDate, List<ContractMission> missions) {
        long population = population(cpts);
        if (population <= 0) {
            throw new DomainException("Le territoire de la CPTS n'a aucune commune peuplée : dessinez-le avant de "
                    + "préparer le contrat, sa population détermine la tranche.");
        }
        String bracket = simulator.ceilings(population, signatureDate).bracket().code();
        return new ContractTerms(bracket, population, missions);
    }

    private long population(CptsId cpts) {
        Territory territory = territories.of(cpts);
        if (territory.isEmpty()) {
            return 0;
        }
        return communes.byCodes(territory.communes()).found().stream()
                .mapToLong(commune -> commune.population().orElse(0)).sum();
    }

    /** The day the ARS validated the health project, Paris time. */
    Optional<LocalDate> healthProjectValidatedOn(CptsId cpts) {
        return dossiers.of(cpts, DossierKind.PROJET_SANTE)
                .filter(dossier -> dossier.state() == DossierState.VALIDATED)
                .flatMap(Dossier::lastTransition)
                .map(Step::at)
                .map(at -> at.atZone(FrenchFormats.PARIS).toLocalDate());
    }

    /**
     * The schedule of the version in force, each year reviewed against that version with its accepted values (a
     * year reviewed under an earlier version keeps its archived statement); empty when the funding engine refuses it
     * (a later rule set whose ceilings the amounts exceed), the page then says why.
     */
    private Optional<ContractSchedule> schedule(SignedContract active, CptsId cpts) {
        Map<Integer, Map<String, BigDecimal>> accepted = new LinkedHashMap<>();
        Set<Integer> crisisYears = new HashSet<>();
        for (VersionedReview stored : reviews.ofCpts(List.of(cpts))) {
            if (stored.review().contractVersion() != active.version()) {
                continue;
            }
            if (stored.review().state() == ReviewState.CLOSED) {
                accepted.put(stored.review().contractYear(), stored.review().acceptedValues());
            }
            if (stored.review().crisisDeclared()) {
                crisisYears.add(stored.review().contractYear());
            }
        }
        try {
            return Optional.of(funding.schedule(active, active.terms().population(), accepted, crisisYears));
        } catch (DomainException refused) {
            log.warn("Échéancier du contrat de la CPTS {} refusé par le moteur de financement : {}", cpts.value(),
                    refused.getMessage());
            return Optional.empty();
        }
    }

    private LocalDate today() {
        return clock.instant().atZone(FrenchFormats.PARIS).toLocalDate();
    }

    private void journal(Account by, CptsRecord cpts, AuditAction action, String reason, List<FieldChange> changes) {
        audit.record(by, cpts.id(), AuditedEntity.CONTRAT_ACI, cpts.id().value(), action, reason, changes);
    }
}
