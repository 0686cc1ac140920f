package fr.cpts.web.contract;

import fr.cpts.domain.account.Account;
import fr.cpts.domain.account.Actor;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.audit.FieldChange;
import fr.cpts.domain.audit.FieldChanges;
import fr.cpts.domain.contract.AciContract;
import fr.cpts.domain.contract.AciContractDraft;
import fr.cpts.domain.contract.ContractEnd;
import fr.cpts.domain.contract.ContractMission;
import fr.cpts.domain.contract.ContractPaymentsChanged;
import fr.cpts.domain.contract.ContractSigned;
import fr.cpts.domain.contract.ContractTerms;
import fr.cpts.domain.contract.Contracts;
import fr.cpts.domain.contract.EndCause;
import fr.cpts.domain.contract.MissionDeadlines;
import fr.cpts.domain.contract.MissionDueDates;
import fr.cpts.domain.contract.MissionProgress;
import fr.cpts.domain.contract.MissionStarts;
import fr.cpts.domain.contract.SignedContract;
import fr.cpts.domain.contract.VersionedContract;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.mission.Mission;
import fr.cpts.domain.money.Money;
import fr.cpts.domain.review.YearlyReviews;
import fr.cpts.domain.shared.ArchivedDocument;
import fr.cpts.domain.shared.DomainException;
import fr.cpts.funding.contract.ContractCheckResult;
import fr.cpts.funding.contract.ContractFunding;
import fr.cpts.funding.contract.PaymentStatement;
import fr.cpts.web.FrenchFormats;
import fr.cpts.web.audit.Audit;
import fr.cpts.web.audit.AuditAction;
import fr.cpts.web.audit.AuditedEntity;
import fr.cpts.web.territory.CptsAccess;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ACI contract as its three parties change it (what they read is {@link ContractQueries}). The CPTS is always one the person's scope covers (checked by
 * {@link CptsAccess} before the call); each method is one transaction: a change, its PDF when the third party signs,
 * and its journal entry are written together or not at all. The rules (who signs, what may change when) are the
 * domain's; the amounts are checked by the funding engine against the rule set in force on the signature date.
 */
@Service
@Transactional
public class ContractService {

    private final Contracts contracts;
    private final YearlyReviews reviews;
    private final ContractBasis basis;
    private final ContractFunding funding;
    private final ContractPdf pdf;
    private final Audit audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ContractService(
            Contracts contracts,
            YearlyReviews reviews,
            ContractBasis basis,
            ContractFunding funding,
            ContractPdf pdf,
            Audit audit,
            Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.contracts = contracts;
        this.reviews = reviews;
        this.basis = basis;
        this.funding = funding;
        this.pdf = pdf;
        this.audit = audit;
        this.clock = clock;
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
        LocalDate validatedOn = basis.healthProjectValidatedOn(cpts.id())
                .orElseThrow(() -> new DomainException(
                        "Le contrat ACI se prépare une fois le projet de santé de la CPTS validé par l'ARS : il ne l'est pas "
                                + "encore."));
        if (signatureDate == null) {
            throw new DomainException("Indiquez la date de signature prévue du contrat.");
        }
        if (signatureDate.isAfter(today().plusYears(1))) {
            throw new DomainException("La date de signature prévue ne peut pas dépasser d'un an la date du jour.");
        }
        MissionDeadlines deadlines = MissionDeadlines.forSignatureOn(signatureDate);
        List<ContractMission> missions = new ArrayList<>();
        for (Mission mission : deadlines.compulsoryAtSignature(signatureDate)) {
            MissionDueDates due = deadlines.dueDates(mission, signatureDate).orElseThrow();
            missions.add(new ContractMission(mission, due.startBy(), due.fullyDeployedBy(), Money.ZERO, List.of()));
        }
        AciContract contract = AciContract.draft(
                cpts.id(), validatedOn, signatureDate, basis.terms(cpts.id(), signatureDate, missions), deadlines);
        contracts.save(contract, 0);
        journal(
                by,
                cpts,
                AuditAction.CREATION,
                null,
                FieldChanges.between(
                        null,
                        TermsSnapshot.of(contract.pendingDraft().orElseThrow().terms())));
    }

    /** Replaces the missions of the draft (contract or amendment), the population and bracket taken again. */
    public void revise(Account by, CptsRecord cpts, List<ContractMission> missions, long version) {
        VersionedContract stored = stored(cpts);
        AciContract contract = stored.contract();
        AciContractDraft draft = contract.pendingDraft()
                .orElseThrow(() -> new DomainException(
                        "Le contrat ACI est signé par les trois parties : préparez un avenant pour le modifier."));
        ContractTerms before = draft.terms();
        contract.revise(basis.terms(cpts.id(), draft.signatureDate(), missions), Actor.of(by));
        contracts.save(contract, version);
        journal(
                by,
                cpts,
                AuditAction.MODIFICATION,
                draft.amendmentReason().orElse(null),
                FieldChanges.between(TermsSnapshot.of(before), TermsSnapshot.of(draft.terms())));
    }

    /**
     * The person signs the draft for their party; the funding engine must accept its amounts. When the third party
     * signs, the contract's PDF is issued and archived with its SHA-256.
     */
    public void sign(Account by, CptsRecord cpts, long version) {
        AciContract contract = stored(cpts).contract();
        AciContractDraft draft = contract.pendingDraft()
                .orElseThrow(() -> new DomainException(
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
            ArchivedDocument document = pdf.issue(cpts, contract.version(number).orElseThrow(), check, signature.at());
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
        journal(
                by,
                cpts,
                AuditAction.AMENDMENT,
                reason,
                List.of(new FieldChange("version", null, String.valueOf(amendment.version()))));
    }

    /**
     * A party records the end of the contract in force (résiliation, or non-renouvellement at its term): from that
     * day no payment is ordered, and the schedule recovers what was advanced for the days after it.
     */
    public void end(Account by, CptsRecord cpts, EndCause cause, LocalDate endsOn, String reason, long version) {
        if (cause == null) {
            throw new DomainException("Choisissez la cause de la fin du contrat : résiliation ou non-renouvellement.");
        }
        AciContract contract = stored(cpts).contract();
        ContractEnd end = contract.end(
                cause, endsOn, reason, Actor.of(by), clock.instant(), funding.contractYears(contract.signatureDate()));
        contracts.save(contract, version);
        journal(
                by,
                cpts,
                AuditAction.CONTRACT_END,
                end.reason(),
                List.of(new FieldChange("fin", null, end.describe())));
        events.publishEvent(new ContractPaymentsChanged(cpts.id(), Actor.of(by), clock.instant()));
    }

    /** The porteur reports when a mission really started and was fully deployed. */
    public void reportProgress(
            Account porteur, CptsRecord cpts, Mission mission, LocalDate startedOn, LocalDate fullyDeployedOn) {
        if (porteur.role() != Role.PORTEUR) {
            throw new DomainException("L'avancement des missions est déclaré par le porteur de la CPTS.");
        }
        VersionedContract stored = stored(cpts);
        SignedContract active = inForceWith(
                stored,
                mission,
                "L'avancement des missions se déclare une fois le contrat ACI signé par les trois parties.");
        MissionProgress before = stored.progress().getOrDefault(mission, MissionProgress.none(mission));
        MissionProgress after =
                before.reported(startedOn, fullyDeployedOn).reportedOn(today()).notBefore(active.signatureDate());
        contracts.saveProgress(cpts.id(), after);
        journal(porteur, cpts, AuditAction.MISSION_PROGRESS, null, FieldChanges.between(before, after));
        events.publishEvent(new ContractPaymentsChanged(cpts.id(), Actor.of(porteur), clock.instant()));
    }

    /**
     * The CPAM officer checks the start a CPTS reported for a mission of the contract in force: the advance of its
     * fixed part, due on that start, is then shown as checked.
     */
    public void checkStart(Account officer, CptsRecord cpts, Mission mission) {
        if (officer.role() != Role.CPAM_OFFICER) {
            throw new DomainException("Le démarrage déclaré d'une mission est vérifié par la caisse (CPAM).");
        }
        VersionedContract stored = stored(cpts);
        inForceWith(stored, mission, "La CPTS « " + cpts.name() + " » n'a pas de contrat ACI en vigueur.");
        MissionProgress before = stored.progress().getOrDefault(mission, MissionProgress.none(mission));
        MissionProgress after = before.startChecked(today());
        contracts.saveProgress(cpts.id(), after);
        journal(officer, cpts, AuditAction.MISSION_START_CHECKED, null, FieldChanges.between(before, after));
        events.publishEvent(new ContractPaymentsChanged(cpts.id(), Actor.of(officer), clock.instant()));
    }

    /**
     * What a contract year would pay with these indicator values, on the draft being negotiated or else on the
     * version in force (with the crisis the ARS recorded for that year, if any): computed, never saved.
     */
    @Transactional(readOnly = true)
    public PaymentStatement whatIf(CptsRecord cpts, int year, Map<String, BigDecimal> values) {
        VersionedContract stored = stored(cpts);
        AciContract contract = stored.contract();
        if (year < 1 || year > 5) {
            throw new DomainException("Choisissez une année du contrat, de 1 à 5.");
        }
        Optional<AciContractDraft> draft = contract.pendingDraft();
        if (draft.isPresent()) {
            return funding.whatIf(draft.get(), draft.get().terms().population(), year, values, false);
        }
        SignedContract active = contract.active().orElseThrow();
        boolean crisis = reviews.of(cpts.id(), year)
                .map(review -> review.review().crisisDeclared())
                .orElse(false);
        return funding.whatIf(
                active.terms(),
                active.signatureDate(),
                active.terms().population(),
                year,
                values,
                crisis,
                MissionStarts.of(active.terms(), stored.progress()));
    }

    /** The version in force, refused when there is none or it does not hold that mission. */
    private static SignedContract inForceWith(VersionedContract stored, Mission mission, String noContract) {
        SignedContract active = stored.contract().active().orElseThrow(() -> new DomainException(noContract));
        if (mission == null || active.terms().mission(mission).isEmpty()) {
            throw new DomainException("Cette mission ne figure pas au contrat ACI en vigueur.");
        }
        return active;
    }

    private VersionedContract stored(CptsRecord cpts) {
        return contracts
                .of(cpts.id())
                .orElseThrow(
                        () -> new DomainException("La CPTS « " + cpts.name() + " » n'a pas encore de contrat ACI."));
    }

    private LocalDate today() {
        return FrenchFormats.today(clock);
    }

    private void journal(Account by, CptsRecord cpts, AuditAction action, String reason, List<FieldChange> changes) {
        audit.record(by, cpts.id(), AuditedEntity.CONTRAT_ACI, cpts.id().value(), action, reason, changes);
    }
}
