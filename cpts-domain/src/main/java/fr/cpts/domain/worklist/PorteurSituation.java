package fr.cpts.domain.worklist;

import fr.cpts.domain.contract.ContractParty;
import fr.cpts.domain.dossier.DossierKind;
import fr.cpts.domain.dossier.DossierState;
import fr.cpts.domain.review.ReviewState;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The facts of one CPTS that say what its porteurs have to do, as the database holds them now; every day is a day
 * in Paris.
 *
 * @param dossiers          its letter of intent and health project, those started
 * @param contract          its ACI contract, once drafted
 * @param reviews           its yearly reviews opened, by contract year
 * @param balances          what the closed reviews left due to the CPTS and not paid yet
 * @param subsidyDrafts     its medical-assistant subsidy requests not filed yet
 */
public record PorteurSituation(
        List<DossierFacts> dossiers,
        Optional<ContractFacts> contract,
        List<ReviewFacts> reviews,
        List<Balance> balances,
        Optional<Drafts> subsidyDrafts) {

    public PorteurSituation {
        dossiers = List.copyOf(dossiers);
        reviews = List.copyOf(reviews);
        balances = List.copyOf(balances);
    }

    /**
     * A dossier where it stands.
     *
     * @param unansweredArsMessageOn the day of the ARS's last message, when nobody of the CPTS wrote since
     * @param reason                 the reason given with its last move, if any
     */
    public record DossierFacts(
            DossierKind kind,
            DossierState state,
            LocalDate inStateSince,
            Optional<LocalDate> unansweredArsMessageOn,
            Optional<String> reason) {}

    /**
     * The contract.
     *
     * @param signedOn          the signature day of the contract in force (its first year starts that day); empty
     *                          before the three parties signed
     * @param endedOn           the day a party ended it, if one did
     * @param pending           the version awaiting signatures (the contract or an amendment), if any
     * @param nextUnmetDeadline the earliest mission date not reported as met
     */
    public record ContractFacts(
            Optional<LocalDate> signedOn,
            Optional<LocalDate> endedOn,
            Optional<PendingVersion> pending,
            Optional<LocalDate> nextUnmetDeadline) {}

    /**
     * A version of the contract some party has not signed.
     *
     * @param version      1 for the contract, 2 and after for its amendments
     * @param signed       the parties that signed it
     * @param lastSignedOn the day of its last signature, if any
     */
    public record PendingVersion(int version, Set<ContractParty> signed, Optional<LocalDate> lastSignedOn) {

        public PendingVersion {
            signed = Set.copyOf(signed);
        }
    }

    public record ReviewFacts(int year, ReviewState state, LocalDate inStateSince) {}

    /** What a closed review left due to the CPTS, to be paid by the CPAM by that day. */
    public record Balance(int year, BigDecimal amount, LocalDate dueOn) {}

    /** Things started and not filed: how many, and the day the oldest was started. */
    public record Drafts(long count, LocalDate oldestOn) {}
}
