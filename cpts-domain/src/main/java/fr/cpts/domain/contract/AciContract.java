package fr.cpts.domain.contract;

import fr.cpts.domain.account.Actor;
import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.shared.DomainException;
import fr.cpts.domain.shared.FrenchDates;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A CPTS's ACI contract through its versions (contrat ACI et ses avenants): the signed versions, oldest first, all
 * still readable, the last one in force and the earlier ones superseded, and at most one draft (the contract before its
 * first signature, or an amendment in preparation); once a party records its end ({@link ContractEnd}), it changes
 * no more.
 */
public final class AciContract {

    private final CptsId cpts;
    private final List<SignedContract> versions;
    private AciContractDraft pending;
    private ContractEnd end;

    private AciContract(CptsId cpts, List<SignedContract> versions, AciContractDraft pending, ContractEnd end) {
        this.cpts = Objects.requireNonNull(cpts, "CPTS");
        this.versions = new ArrayList<>(versions);
        this.pending = pending;
        this.end = end;
        if (end != null && (versions.isEmpty() || pending != null)) {
            throw new IllegalArgumentException("Fin de contrat incohérente avec ses versions");
        }
        for (int i = 0; i < versions.size(); i++) {
            if (versions.get(i).version() != i + 1 || !versions.get(i).cpts().equals(cpts)) {
                throw new IllegalArgumentException("Versions de contrat incohérentes");
            }
        }
        if (pending != null
                && (pending.version() != versions.size() + 1 || !pending.cpts().equals(cpts))) {
            throw new IllegalArgumentException("Projet de contrat incohérent avec les versions signées");
        }
        if (versions.isEmpty() && pending == null) {
            throw new IllegalArgumentException("Un contrat sans version");
        }
    }

    /** A new contract, as its first draft, for a CPTS whose health project was validated that day. */
    public static AciContract draft(
            CptsId cpts,
            LocalDate healthProjectValidatedOn,
            LocalDate signatureDate,
            ContractTerms terms,
            MissionDeadlines deadlines) {
        return new AciContract(
                cpts,
                List.of(),
                AciContractDraft.first(cpts, healthProjectValidatedOn, signatureDate, terms, deadlines),
                null);
    }

    /** A contract as stored. */
    public static AciContract restore(
            CptsId cpts, List<SignedContract> versions, AciContractDraft pending, ContractEnd end) {
        return new AciContract(cpts, versions, pending, end);
    }

    /**
     * A party records the end of the contract in force: terminated on a day after its signature and by its term, or
     * not renewed, which ends it at its term ({@code endsOn} is then that day). Refused while an amendment is being
     * signed, or once the end is recorded.
     */
    public ContractEnd end(EndCause cause, LocalDate endsOn, String reason, Actor by, Instant at, int durationYears) {
        requireParty(by, "mettre fin à");
        Objects.requireNonNull(cause, "motif de fin");
        SignedContract inForce = active().orElseThrow(() -> new DomainException(
                "Impossible de mettre fin au contrat " + "ACI : il n'est pas encore signé par les trois parties."));
        if (end != null) {
            throw new DomainException("La fin du contrat ACI est déjà enregistrée : "
                    + end.describe().toLowerCase() + ".");
        }
        if (pending != null) {
            throw new DomainException("Impossible de mettre fin au contrat ACI pendant que "
                    + ContractDates.version(pending.version()) + " est en préparation.");
        }
        LocalDate term = inForce.signatureDate().plusYears(durationYears);
        LocalDate day = cause == EndCause.NON_RENEWAL ? term : endsOn;
        if (day == null) {
            throw new DomainException("Indiquez la date à laquelle le contrat ACI prend fin.");
        }
        if (!day.isAfter(inForce.signatureDate()) || day.isAfter(term)) {
            throw new DomainException("Le contrat ACI signé le " + FrenchDates.day(inForce.signatureDate())
                    + " court jusqu'au " + FrenchDates.day(term) + " : il ne peut pas prendre fin le "
                    + FrenchDates.day(day) + ".");
        }
        end = new ContractEnd(cause, day, reason, by, at);
        return end;
    }

    /** A party changes the draft's terms, while nobody has signed it. */
    public void revise(ContractTerms terms, Actor by) {
        requireNotEnded("modifier");
        requireParty(by, "modifier");
        draftOrRefuse("modifier").revise(terms);
    }

    /** One party signs the draft; when the third signs, it becomes the version in force. */
    public ContractSigned sign(Actor signer, Instant at) {
        requireNotEnded("signer");
        AciContractDraft draft = draftOrRefuse("signer");
        active().ifPresent(inForce -> {
            if (changes().isEmpty()) {
                throw new DomainException("Impossible de signer " + ContractDates.version(draft.version())
                        + " : il ne change rien au contrat en vigueur (" + ContractDates.version(inForce.version())
                        + "). Modifiez d'abord les clauses qu'il doit changer.");
            }
        });
        ContractParty party = draft.sign(signer, at);
        List<ContractParty> awaiting = draft.missingSignatures();
        if (awaiting.isEmpty()) {
            versions.add(draft.signedContract());
            pending = null;
        }
        return new ContractSigned(cpts, draft.version(), party, awaiting, signer, at, null);
    }

    /** What the amendment being prepared changes against the version in force; empty when there is none. */
    public List<ContractChange> changes() {
        if (pending == null || active().isEmpty()) {
            return List.of();
        }
        return ContractChanges.between(active().get().terms(), pending.terms());
    }

    /** A party prepares an amendment (avenant) to the version in force, saying why. */
    public AciContractDraft amend(String reason, Actor by) {
        requireParty(by, "préparer un avenant à");
        requireNotEnded("préparer un avenant à");
        SignedContract inForce = active().orElseThrow(() -> new DomainException("Impossible de préparer un avenant : "
                + "le contrat ACI n'est pas encore signé par les trois parties."));
        if (pending != null) {
            throw new DomainException("Impossible de préparer un avenant : " + ContractDates.version(pending.version())
                    + " est déjà en préparation (" + pending.status().label().toLowerCase() + ").");
        }
        pending = AciContractDraft.amending(inForce, reason);
        return pending;
    }

    /** Only the CPTS, the ARS and the CPAM, the three parties, change their contract. */
    private static void requireParty(Actor by, String verb) {
        Objects.requireNonNull(by, "auteur");
        if (ContractParty.signingAs(by.role()).isEmpty()) {
            throw new DomainException("Impossible de " + verb + " ce contrat ACI : le rôle « "
                    + by.role().label()
                    + " » n'est pas partie au contrat, que négocient le représentant de la CPTS, l'ARS et la CPAM.");
        }
    }

    private void requireNotEnded(String verb) {
        if (end != null) {
            throw new DomainException("Impossible de " + verb + " ce contrat ACI : "
                    + end.describe().toLowerCase() + ".");
        }
    }

    private AciContractDraft draftOrRefuse(String verb) {
        if (pending == null) {
            throw new DomainException("Impossible de " + verb + " " + ContractDates.version(versions.size())
                    + " : il est signé par les trois parties et ne change plus ; préparez un avenant.");
        }
        return pending;
    }

    public CptsId cpts() {
        return cpts;
    }

    /** The day the CPTS's health project was validated, which every version recalls. */
    public LocalDate healthProjectValidatedOn() {
        return versions.isEmpty()
                ? pending.healthProjectValidatedOn()
                : versions.get(0).healthProjectValidatedOn();
    }

    /** The date the contract bears, kept by its amendments. */
    public LocalDate signatureDate() {
        return versions.isEmpty() ? pending.signatureDate() : versions.get(0).signatureDate();
    }

    /**
     * Active once a version is signed (even while an amendment is prepared), ended once its end is recorded; before,
     * the first draft's status.
     */
    public ContractStatus status() {
        if (end != null) {
            return ContractStatus.ENDED;
        }
        return versions.isEmpty() ? pending.status() : ContractStatus.ACTIVE;
    }

    /** The end a party recorded, if any. */
    public Optional<ContractEnd> end() {
        return Optional.ofNullable(end);
    }

    /** The version in force: the last signed one. */
    public Optional<SignedContract> active() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    /** The draft contract or amendment, if one is being prepared. */
    public Optional<AciContractDraft> pendingDraft() {
        return Optional.ofNullable(pending);
    }

    /** Every signed version, oldest first. */
    public List<SignedContract> versions() {
        return List.copyOf(versions);
    }

    /** A signed version by its number. */
    public Optional<SignedContract> version(int number) {
        return number >= 1 && number <= versions.size() ? Optional.of(versions.get(number - 1)) : Optional.empty();
    }

    /** The status of each version: superseded, in force, or the draft's. */
    public ContractStatus statusOf(int number) {
        if (pending != null && number == pending.version()) {
            return pending.status();
        }
        if (number < 1 || number > versions.size()) {
            throw new IllegalArgumentException("Aucune version " + number + " de ce contrat");
        }
        if (number < versions.size()) {
            return ContractStatus.SUPERSEDED;
        }
        return end != null ? ContractStatus.ENDED : ContractStatus.ACTIVE;
    }
}
