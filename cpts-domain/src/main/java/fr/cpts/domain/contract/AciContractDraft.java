package fr.cpts.domain.contract;

import fr.cpts.domain.account.Actor;
import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.mission.Mission;
import fr.cpts.domain.shared.DomainException;
import fr.cpts.domain.shared.FrenchDates;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A draft ACI contract (projet de contrat ACI) or amendment (projet d'avenant) on its way to the tripartite signature.
 * Its terms may change only until the first party signs; once the CPTS, the ARS and the CPAM have each signed, it
 * gives a {@link SignedContract}. The mission deadlines run from the signature date the contract bears.
 */
public final class AciContractDraft {

    private final CptsId cpts;
    private final int version;
    private final String amendmentReason;
    private final LocalDate healthProjectValidatedOn;
    private final LocalDate signatureDate;
    private final MissionDeadlines deadlines;
    private ContractTerms terms;
    private final List<ContractSignature> signatures;

    private AciContractDraft(
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
        this.healthProjectValidatedOn =
                Objects.requireNonNull(healthProjectValidatedOn, "date de validation du projet de santé");
        this.signatureDate = Objects.requireNonNull(signatureDate, "date de signature");
        this.deadlines = Objects.requireNonNull(deadlines, "délais des missions");
        this.signatures = new ArrayList<>(signatures);
        if (signatureDate.isBefore(healthProjectValidatedOn)) {
            throw new DomainException("Le contrat ACI ne peut pas être signé le " + FrenchDates.day(signatureDate)
                    + " : il suppose un projet de santé validé, et celui de la CPTS ne l'a été que le "
                    + FrenchDates.day(healthProjectValidatedOn) + ".");
        }
        this.terms = checked(terms);
    }

    /**
     * The first draft of a CPTS's contract, once its health project is validated (on that day); the mission deadlines
     * run from {@code signatureDate}, the date the contract will bear.
     */
    public static AciContractDraft first(
            CptsId cpts,
            LocalDate healthProjectValidatedOn,
            LocalDate signatureDate,
            ContractTerms terms,
            MissionDeadlines deadlines) {
        return new AciContractDraft(
                cpts, 1, null, healthProjectValidatedOn, signatureDate, deadlines, terms, List.of());
    }

    /**
     * A draft amendment (avenant) to the contract in force: the next version, starting from its terms, with the
     * reason for the change. The deadlines still run from the contract's signature date.
     */
    public static AciContractDraft amending(SignedContract inForce, String reason) {
        Objects.requireNonNull(inForce, "contrat en vigueur");
        if (reason == null || reason.isBlank()) {
            throw new DomainException("Impossible de préparer un avenant " + ContractDates.toVersion(inForce.version())
                    + " sans en donner le motif.");
        }
        return new AciContractDraft(
                inForce.cpts(),
                inForce.version() + 1,
                reason.strip(),
                inForce.healthProjectValidatedOn(),
                inForce.signatureDate(),
                inForce.deadlines(),
                inForce.terms(),
                List.of());
    }

    /** A draft as stored. */
    public static AciContractDraft restore(
            CptsId cpts,
            int version,
            String amendmentReason,
            LocalDate healthProjectValidatedOn,
            LocalDate signatureDate,
            MissionDeadlines deadlines,
            ContractTerms terms,
            List<ContractSignature> signatures) {
        if (version < 1 || (version > 1) == (amendmentReason == null || amendmentReason.isBlank())) {
            throw new IllegalArgumentException("Version " + version + " et motif d'avenant incohérents");
        }
        return new AciContractDraft(
                cpts, version, amendmentReason, healthProjectValidatedOn, signatureDate, deadlines, terms, signatures);
    }

    /** Replaces the terms; refused once any party has signed: a change then goes through an amendment. */
    public void revise(ContractTerms newTerms) {
        if (!signatures.isEmpty()) {
            ContractSignature first = signatures.get(0);
            throw new DomainException("Impossible de modifier " + ContractDates.version(version) + " : "
                    + first.party().label() + " l'a déjà signé le " + FrenchDates.day(first.at())
                    + ". Une fois la signature commencée, le texte ne change plus ; une modification passe par un "
                    + "avenant, une fois le contrat signé par les trois parties.");
        }
        this.terms = checked(newTerms);
    }

    /**
     * One party signs, and is returned; each signs once, and only the CPTS representative, the ARS and the CPAM
     * sign.
     */
    public ContractParty sign(Actor signer, Instant at) {
        Objects.requireNonNull(signer, "signataire");
        Objects.requireNonNull(at, "date");
        ContractParty party = ContractParty.signingAs(signer.role())
                .orElseThrow(() -> new DomainException("Impossible de signer " + ContractDates.version(version)
                        + " : le rôle « " + signer.role().label()
                        + " » n'est pas partie au contrat, que signent le représentant de la CPTS, l'ARS et la "
                        + "CPAM."));
        Optional<ContractSignature> already = signatureOf(party);
        if (already.isPresent()) {
            throw new DomainException("Impossible de signer " + ContractDates.version(version) + " : "
                    + party.label() + " l'a déjà signé ("
                    + already.get().signer().displayName() + ", le "
                    + FrenchDates.day(already.get().at()) + ").");
        }
        signatures.add(new ContractSignature(party, signer, at));
        return party;
    }

    /** The signed contract, once all three parties have signed. */
    public SignedContract signedContract() {
        List<ContractParty> missing = missingSignatures();
        if (!missing.isEmpty()) {
            throw new DomainException(capitalized(ContractDates.version(version)) + " n'est pas encore signé : il "
                    + "manque " + (missing.size() == 1 ? "la signature " : "les signatures ")
                    + ContractDates.list(
                            missing.stream().map(ContractParty::ofLabel).toList()) + ".");
        }
        return new SignedContract(
                cpts, version, amendmentReason, healthProjectValidatedOn, signatureDate, deadlines, terms, signatures);
    }

    /** Draft while nobody signed, awaiting signatures once someone did, active when all three did. */
    public ContractStatus status() {
        if (signatures.isEmpty()) {
            return ContractStatus.DRAFT;
        }
        return missingSignatures().isEmpty() ? ContractStatus.ACTIVE : ContractStatus.AWAITING_SIGNATURES;
    }

    /** The parties that have not signed yet, CPTS, ARS, CPAM in that order. */
    public List<ContractParty> missingSignatures() {
        return Arrays.stream(ContractParty.values())
                .filter(p -> signatureOf(p).isEmpty())
                .toList();
    }

    public Optional<ContractSignature> signatureOf(ContractParty party) {
        return signatures.stream().filter(s -> s.party() == party).findFirst();
    }

    /** The due dates of a mission socle, counted from the signature date; empty for an optional mission. */
    public Optional<MissionDueDates> dueDates(Mission mission) {
        return deadlines.dueDates(mission, signatureDate);
    }

    private ContractTerms checked(ContractTerms candidate) {
        Objects.requireNonNull(candidate, "clauses du contrat");
        for (Mission compulsory : deadlines.compulsoryAtSignature(signatureDate)) {
            if (candidate.mission(compulsory).isEmpty()) {
                throw new DomainException(
                        "Le contrat ACI doit comporter la mission socle « " + compulsory.label() + " » : elle manque.");
            }
        }
        for (ContractMission mission : candidate.missions()) {
            if (mission.startOn().isBefore(signatureDate)) {
                throw new DomainException("La mission « " + mission.mission().label() + " » ne peut pas démarrer le "
                        + FrenchDates.day(mission.startOn()) + ", avant la signature du contrat le "
                        + FrenchDates.day(signatureDate) + ".");
            }
            Optional<MissionDeadline> deadline = deadlines.of(mission.mission());
            if (deadline.isEmpty()) {
                continue;
            }
            if (!deadline.get().compulsoryAtSignature(signatureDate)
                    && mission.startOn().isBefore(deadline.get().countedFrom())) {
                throw new DomainException("La mission « " + mission.mission().label() + " » s'applique à un contrat "
                        + "signé le " + FrenchDates.day(signatureDate) + " à compter du "
                        + FrenchDates.day(deadline.get().countedFrom()) + " : elle ne peut pas démarrer le "
                        + FrenchDates.day(mission.startOn()) + ".");
            }
            MissionDueDates due = deadline.get().dueDates(signatureDate);
            String from = deadline.get().fromText(signatureDate);
            if (mission.startOn().isAfter(due.startBy())) {
                throw new DomainException("La mission « " + mission.mission().label() + " » doit démarrer au plus "
                        + "tard " + deadline.get().startWithinMonths() + " mois après " + from + ", soit le "
                        + FrenchDates.day(due.startBy()) + " : la date prévue, le "
                        + FrenchDates.day(mission.startOn()) + ", dépasse ce délai.");
            }
            if (mission.fullyDeployedOn().isAfter(due.fullyDeployedBy())) {
                throw new DomainException("La mission « " + mission.mission().label() + " » doit être entièrement "
                        + "déployée au plus tard " + deadline.get().fullDeploymentWithinMonths() + " mois après "
                        + from + ", soit le " + FrenchDates.day(due.fullyDeployedBy()) + " : la date prévue, le "
                        + FrenchDates.day(mission.fullyDeployedOn()) + ", dépasse ce délai.");
            }
        }
        return candidate;
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    public CptsId cpts() {
        return cpts;
    }

    /** 1 for the contract, N + 1 for its N-th amendment. */
    public int version() {
        return version;
    }

    /** Why the contract is amended; empty for the first version. */
    public Optional<String> amendmentReason() {
        return Optional.ofNullable(amendmentReason);
    }

    public LocalDate healthProjectValidatedOn() {
        return healthProjectValidatedOn;
    }

    /** The date the contract bears, from which the mission deadlines run. */
    public LocalDate signatureDate() {
        return signatureDate;
    }

    public MissionDeadlines deadlines() {
        return deadlines;
    }

    public ContractTerms terms() {
        return terms;
    }

    /** The signatures given so far, in the order given. */
    public List<ContractSignature> signatures() {
        return List.copyOf(signatures);
    }
}
