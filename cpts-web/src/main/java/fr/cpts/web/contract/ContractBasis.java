package fr.cpts.web.contract;

import fr.cpts.domain.contract.ContractMission;
import fr.cpts.domain.contract.ContractTerms;
import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.dossier.Dossier;
import fr.cpts.domain.dossier.DossierKind;
import fr.cpts.domain.dossier.DossierState;
import fr.cpts.domain.dossier.Dossiers;
import fr.cpts.domain.shared.DomainException;
import fr.cpts.domain.shared.lifecycle.Step;
import fr.cpts.domain.territory.Communes;
import fr.cpts.domain.territory.Territories;
import fr.cpts.domain.territory.Territory;
import fr.cpts.funding.aci.AciSimulator;
import fr.cpts.web.FrenchFormats;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What an ACI contract is drafted from: the day the ARS validated the health project, and the population of the
 * CPTS's territory today with the bracket it falls in on the signature date.
 */
@Component
class ContractBasis {

    private final Dossiers dossiers;
    private final Territories territories;
    private final Communes communes;
    private final AciSimulator simulator;

    ContractBasis(Dossiers dossiers, Territories territories, Communes communes, AciSimulator simulator) {
        this.dossiers = dossiers;
        this.territories = territories;
        this.communes = communes;
        this.simulator = simulator;
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

    long population(CptsId cpts) {
        Territory territory = territories.of(cpts);
        if (territory.isEmpty()) {
            return 0;
        }
        return communes.byCodes(territory.communes()).found().stream()
                .mapToLong(commune -> commune.population().orElse(0))
                .sum();
    }

    /** The day the ARS validated the health project, Paris time. */
    Optional<LocalDate> healthProjectValidatedOn(CptsId cpts) {
        return dossiers.of(cpts, DossierKind.PROJET_SANTE)
                .filter(dossier -> dossier.state() == DossierState.VALIDATED)
                .flatMap(Dossier::lastTransition)
                .map(Step::at)
                .map(at -> at.atZone(FrenchFormats.PARIS).toLocalDate());
    }
}
