package fr.cpts.web.contract;

import fr.cpts.domain.account.Role;
import fr.cpts.domain.contract.AciContract;
import fr.cpts.domain.contract.AciContractDraft;
import fr.cpts.domain.contract.ContractChange;
import fr.cpts.domain.contract.ContractParty;
import fr.cpts.domain.contract.ContractStatus;
import fr.cpts.domain.contract.EndCause;
import fr.cpts.domain.contract.MissionDeadlineFlag;
import fr.cpts.domain.contract.MissionProgress;
import fr.cpts.domain.contract.MissionStatus;
import fr.cpts.domain.contract.SignedContract;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.mission.Mission;
import fr.cpts.funding.contract.ContractCheckResult;
import fr.cpts.funding.contract.ContractSchedule;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The contract page of one CPTS as one viewer sees it: the draft being negotiated with the funding engine's verdict,
 * or the version in force with its schedule and its missions against their dates, the earlier versions, and what the
 * viewer may do. {@code contract} is null while the CPTS has none.
 */
public record ContractPage(
        CptsRecord cpts,
        Role viewer,
        Optional<LocalDate> healthProjectValidatedOn,
        long population,
        AciContract contract,
        long version,
        ContractCheckResult draftCheck,
        ContractSchedule schedule,
        List<MissionStatus> missions,
        List<MissionDeadlineFlag> flags,
        Map<Integer, String> documents,
        int currentYear) {

    static ContractPage withoutContract(
            CptsRecord cpts, Role viewer, Optional<LocalDate> validatedOn, long population) {
        return new ContractPage(
                cpts, viewer, validatedOn, population, null, 0, null, null, List.of(), List.of(), Map.of(), 0);
    }

    static ContractPage of(
            CptsRecord cpts,
            Role viewer,
            AciContract contract,
            long version,
            Optional<ContractCheckResult> draftCheck,
            Optional<ContractSchedule> schedule,
            Map<Mission, MissionProgress> progress,
            LocalDate today,
            Map<Integer, String> documents) {
        Optional<SignedContract> active = contract.active();
        return new ContractPage(
                cpts,
                viewer,
                Optional.of(contract.healthProjectValidatedOn()),
                contract.pendingDraft()
                        .map(d -> d.terms().population())
                        .orElseGet(() -> active.orElseThrow().terms().population()),
                contract,
                version,
                draftCheck.orElse(null),
                schedule.orElse(null),
                active.map(a -> MissionStatus.of(a, progress, today)).orElse(List.of()),
                active.map(a -> MissionDeadlineFlag.of(a, progress, today)).orElse(List.of()),
                documents,
                schedule.map(known -> yearOf(known, today)).orElse(0));
    }

    /** The year of the schedule the page opens: the one running today, else the last one begun, else the first. */
    private static int yearOf(ContractSchedule schedule, LocalDate today) {
        return schedule.years().stream()
                .filter(year -> !year.start().isAfter(today))
                .mapToInt(year -> year.number())
                .max()
                .orElse(1);
    }

    public boolean hasContract() {
        return contract != null;
    }

    /** The porteur or the ARS may draft the contract once the health project is validated. */
    public boolean canStart() {
        return contract == null
                && healthProjectValidatedOn.isPresent()
                && (viewer == Role.PORTEUR || viewer == Role.ARS_OFFICER);
    }

    public AciContractDraft draft() {
        return contract == null ? null : contract.pendingDraft().orElse(null);
    }

    public SignedContract active() {
        return contract == null ? null : contract.active().orElse(null);
    }

    public ContractStatus status() {
        return contract == null ? null : contract.status();
    }

    /** The terms may change while nobody has signed the draft. */
    public boolean canEdit() {
        AciContractDraft draft = draft();
        return draft != null && draft.signatures().isEmpty();
    }

    /** The viewer's party has not signed the draft yet. */
    public boolean canSign() {
        AciContractDraft draft = draft();
        return draft != null
                && ContractParty.signingAs(viewer)
                        .map(party -> draft.signatureOf(party).isEmpty())
                        .orElse(false);
    }

    /** Whether the funding engine accepts the draft's amounts (a draft it refuses cannot be signed). */
    public boolean draftAccepted() {
        return draftCheck != null && draftCheck.accepted();
    }

    /** What the amendment being prepared changes against the version in force, clause by clause. */
    public List<ContractChange> changes() {
        return contract == null ? List.of() : contract.changes();
    }

    /** An amendment identical to the version in force: it cannot be signed until it changes something. */
    public boolean unchangedAmendment() {
        AciContractDraft draft = draft();
        return draft != null && draft.version() > 1 && changes().isEmpty();
    }

    /** An amendment may be prepared on a signed contract while none is in preparation. */
    public boolean canAmend() {
        return active() != null
                && draft() == null
                && viewer != Role.ADMINISTRATOR
                && contract.end().isEmpty();
    }

    /** A party records the end of the contract in force, while no amendment is being prepared. */
    public boolean canEnd() {
        return canAmend();
    }

    /** The causes a party may record, in the order offered. */
    public List<EndCause> endCauses() {
        return List.of(EndCause.values());
    }

    public boolean canReportProgress() {
        return active() != null && viewer == Role.PORTEUR;
    }

    /** The CPAM checks the start a CPTS reported and no one checked yet (the advance falls due on it). */
    public boolean canCheckStart(MissionStatus status) {
        return active() != null
                && viewer == Role.CPAM_OFFICER
                && status.progress().startedOn() != null
                && status.progress().startCheckedOn() == null;
    }

    /** Every signed version, newest first, with its status. */
    public List<VersionLine> versions() {
        if (contract == null) {
            return List.of();
        }
        return contract.versions().stream()
                .sorted((a, b) -> b.version() - a.version())
                .map(v -> new VersionLine(v, contract.statusOf(v.version()), documents.get(v.version())))
                .toList();
    }

    public List<ContractParty> parties() {
        return List.of(ContractParty.values());
    }

    /** A signed version in the list of versions. */
    /** A signed version, its status and the SHA-256 of its issued PDF (null while none was issued). */
    public record VersionLine(SignedContract contract, ContractStatus status, String sha256) {

        public boolean hasDocument() {
            return sha256 != null;
        }
    }
}
