package fr.cpts.domain.contract;

import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.mission.Mission;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A version of the ACI contract signed by the CPTS, the ARS and the CPAM (contrat ACI signé, or signed avenant):
 * immutable; a change makes a new version through an amendment.
 */
public final class SignedContract {

    private final CptsId cpts;
    private final int version;
    private final String amendmentReason;
    private final LocalDate healthProjectValidatedOn;
    private final LocalDate signatureDate;
    private final MissionDeadlines deadlines;
    private final ContractTerms terms;
    private final List<ContractSignature> signatures;

    SignedContract(
            CptsId cpts,
            int version,
            String amendmentReason,
            LocalDate healthProjectValidatedOn,
            LocalDate signatureDate,
            MissionDeadlines deadlines,
            ContractTerms terms,
            List<ContractSignature> signatures) {
        this.cpts = Objects.requireNonNull(cpts, "CPTS");
        this.version = version;
        this.amendmentReason = amendmentReason;
        this.healthProjectValidatedOn = Objects.requireNonNull(healthProjectValidatedOn, "projet de santé");
        this.signatureDate = Objects.requireNonNull(signatureDate, "date de signature");
        this.deadlines = Objects.requireNonNull(deadlines, "délais");
        this.terms = Objects.requireNonNull(terms, "clauses");
        this.signatures = List.copyOf(signatures);
        boolean allParties = Arrays.stream(ContractParty.values())
                .allMatch(p ->
                        this.signatures.stream().filter(s -> s.party() == p).count() == 1);
        if (!allParties || this.signatures.size() != ContractParty.values().length) {
            throw new IllegalArgumentException("Un contrat signé porte une signature de chacune des trois parties");
        }
    }

    public CptsId cpts() {
        return cpts;
    }

    /** 1 for the contract, N + 1 for its N-th amendment. */
    public int version() {
        return version;
    }

    /** Why this version amends the previous one; empty for the first version. */
    public Optional<String> amendmentReason() {
        return Optional.ofNullable(amendmentReason);
    }

    public LocalDate healthProjectValidatedOn() {
        return healthProjectValidatedOn;
    }

    /** The date the contract bears, from which the mission deadlines run (amendments keep it). */
    public LocalDate signatureDate() {
        return signatureDate;
    }

    public MissionDeadlines deadlines() {
        return deadlines;
    }

    public ContractTerms terms() {
        return terms;
    }

    /** The three signatures, in the order given. */
    public List<ContractSignature> signatures() {
        return signatures;
    }

    /** When the last of the three parties signed. */
    public Instant fullySignedAt() {
        return signatures.stream()
                .map(ContractSignature::at)
                .max(Comparator.naturalOrder())
                .orElseThrow();
    }

    /** The due dates of a mission socle; empty for an optional mission. */
    public Optional<MissionDueDates> dueDates(Mission mission) {
        return deadlines.dueDates(mission, signatureDate);
    }

    /** Every indicator of this version, mission by mission. */
    public List<Indicator> indicators() {
        return terms.indicators();
    }
}
