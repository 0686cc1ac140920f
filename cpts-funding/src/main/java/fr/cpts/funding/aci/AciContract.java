package fr.cpts.funding.aci;

import fr.cpts.domain.mission.Mission;
import fr.cpts.domain.shared.FrenchDates;
import fr.cpts.funding.FundingRefusal;
import fr.cpts.funding.explanation.Provenance;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The money terms of an ACI contract (contrat ACI tripartite CPTS, ARS, CPAM): signature date, population
 * covered, and the missions negotiated, each at most once and starting on or after the signature.
 */
public record AciContract(LocalDate signatureDate, long population, List<MissionAgreement> missions) {

    public AciContract {
        Objects.requireNonNull(signatureDate, "signatureDate");
        missions = List.copyOf(missions);
        Set<Mission> seen = EnumSet.noneOf(Mission.class);
        for (MissionAgreement agreement : missions) {
            if (!seen.add(agreement.mission())) {
                throw new FundingRefusal(
                        "La mission « " + agreement.mission().label() + " » figure deux fois au contrat.");
            }
            if (agreement.startDate().isBefore(signatureDate)) {
                throw new FundingRefusal("La mission « " + agreement.mission().label() + " » ne peut pas démarrer le "
                        + FrenchDates.day(agreement.startDate()) + ", avant la signature du contrat le "
                        + FrenchDates.day(signatureDate) + ".");
            }
        }
    }

    /** Where a negotiated amount comes from, for explanations. */
    Provenance provenanceOf(String parameterName) {
        return new Provenance(
                "contrat ACI signé le " + FrenchDates.day(signatureDate),
                parameterName,
                "montant négocié au contrat tripartite CPTS, ARS, CPAM");
    }
}
