package fr.cpts.web.contract;

import fr.cpts.domain.account.Actor;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.contract.AciContract;
import fr.cpts.domain.contract.BinaryReward;
import fr.cpts.domain.contract.ContractMission;
import fr.cpts.domain.contract.ContractTerms;
import fr.cpts.domain.contract.Contracts;
import fr.cpts.domain.contract.Indicator;
import fr.cpts.domain.contract.MissionDeadlines;
import fr.cpts.domain.contract.MissionProgress;
import fr.cpts.domain.contract.RewardTier;
import fr.cpts.domain.contract.SignedContract;
import fr.cpts.domain.contract.TieredReward;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.dossier.DossierKind;
import fr.cpts.domain.dossier.DossierState;
import fr.cpts.domain.dossier.Dossiers;
import fr.cpts.domain.dossier.Transition;
import fr.cpts.domain.mission.Mission;
import fr.cpts.domain.money.Money;
import fr.cpts.domain.territory.Communes;
import fr.cpts.domain.territory.Territories;
import fr.cpts.funding.aci.AciSimulator;
import fr.cpts.funding.contract.ContractFunding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Demo contracts, once the demo territories are drawn (they set the population): the CPTS du Bassin d'Arcachon
 * signed its contract four months ago and is late starting a mission; the CPTS Grande-Terre Sud signed twenty months
 * ago. Signed by the three parties with their PDF archived; added only when the CPTS has no contract yet.
 */
@Component
@ConditionalOnProperty(name = "cpts.demo-data.enabled", havingValue = "true")
class ContractDemoData {

    private static final Logger log = LoggerFactory.getLogger(ContractDemoData.class);
    private static final Actor ARS = new Actor("ars", "Julien Lefèvre (ARS Nouvelle-Aquitaine)", Role.ARS_OFFICER);
    private static final Actor CPAM = new Actor("cpam", "Nadia Benali (CPAM de la Gironde)", Role.CPAM_OFFICER);

    private final CptsRecords records;
    private final Dossiers dossiers;
    private final Contracts contracts;
    private final Territories territories;
    private final Communes communes;
    private final AciSimulator simulator;
    private final ContractFunding funding;
    private final ContractPdf pdf;

    ContractDemoData(CptsRecords records, Dossiers dossiers, Contracts contracts, Territories territories,
                     Communes communes, AciSimulator simulator, ContractFunding funding, ContractPdf pdf) {
        this.records = records;
        this.dossiers = dossiers;
        this.contracts = contracts;
        this.territories = territories;
        this.communes = communes;
        this.simulator = simulator;
        this.funding = funding;
        this.pdf = pdf;
    }

    /** After the demo territories ({@code TerritoryDemoData}, same event, earlier order). */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    @Transactional
    public void load() {
        Instant now = Instant.now();
        records.byName("CPTS du Bassin d'Arcachon").ifPresent(arcachon -> sign(arcachon,
                new Actor("porteur-arcachon", "Dr Hélène Dubos", Role.PORTEUR), now.minus(Duration.ofDays(120)),
                ARS, CPAM));
        records.byName("CPTS Grande-Terre Sud").ifPresent(grandeTerre -> sign(grandeTerre,
                new Actor("porteur-grande-terre", "Porteur Grande-Terre Sud", Role.PORTEUR),
                now.minus(Duration.ofDays(600)),
                new Actor("ars-guadeloupe", "ARS Guadeloupe, Saint-Martin et Saint-Barthélemy", Role.ARS_OFFICER),
                new Actor("cpam-guadeloupe", "CGSS de la Guadeloupe", Role.CPAM_OFFICER)));
    }

    private void sign(CptsRecord cpts, Actor porteur, Instant signedAt, Actor ars, Actor cpam) {
        if (contracts.of(cpts.id()).isPresent()) {
            return;
        }
        LocalDate validatedOn = dossiers.of(cpts.id(), DossierKind.PROJET_SANTE)
                .filter(dossier -> dossier.state() == DossierState.VALIDATED).flatMap(d -> d.lastTransition())
                .map(Transition::at).map(at -> at.atZone(ContractService.PARIS).toLocalDate()).orElse(null);
        long population = communes.byCodes(territories.of(cpts.id()).communes()).found().stream()
                .mapToLong(commune -> commune.population().orElse(0)).sum();
        LocalDate signedOn = signedAt.atZone(ContractService.PARIS).toLocalDate();
        if (validatedOn == null || population == 0 || validatedOn.isAfter(signedOn)) {
            return;
        }
        log.info("Données de démonstration : contrat ACI signé pour la {}", cpts.name());
        ContractTerms terms = new ContractTerms(simulator.ceilings(population, signedOn).bracket().code(),
                population, missions(signedOn));
        AciContract contract = AciContract.draft(cpts.id(), validatedOn, signedOn, terms,
                MissionDeadlines.aciWithAvenant2());
        contract.sign(porteur, signedAt);
        contract.sign(ars, signedAt.plus(Duration.ofHours(2)));
        contract.sign(cpam, signedAt.plus(Duration.ofHours(5)));
        contracts.save(contract, 0);
        SignedContract signed = contract.active().orElseThrow();
        contracts.archive(cpts.id(), 1, pdf.issue(cpts, signed, funding.check(terms, signedOn, population),
                signed.fullySignedAt()));
        // access to care and crisis response started at signature; prevention and pathways not reported yet
        contracts.saveProgress(cpts.id(), new MissionProgress(Mission.ACCES_SOINS, signedOn, null));
        contracts.saveProgress(cpts.id(), new MissionProgress(Mission.CRISES_SANITAIRES, signedOn, null));
    }

    private static List<ContractMission> missions(LocalDate signedOn) {
        return List.of(
                new ContractMission(Mission.ACCES_SOINS, signedOn, signedOn.plusMonths(12), Money.euros(60_000),
                        List.of(new Indicator("Patients en ALD sans médecin traitant", new BigDecimal("420"),
                                new BigDecimal("150"), new TieredReward(List.of(
                                new RewardTier("socle", new BigDecimal("350"), Money.euros(5_000)),
                                new RewardTier("intermédiaire", new BigDecimal("250"), Money.euros(10_000)),
                                new RewardTier("objectif", new BigDecimal("150"), Money.euros(15_000))))),
                                new Indicator("Demandes de soins non programmés régulées (%)", new BigDecimal("40"),
                                        new BigDecimal("70"), new BinaryReward(Money.euros(8_000))))),
                new ContractMission(Mission.PARCOURS, signedOn.plusMonths(4), signedOn.plusMonths(20),
                        Money.euros(35_000), List.of(new Indicator("Parcours pluriprofessionnels formalisés",
                        BigDecimal.ZERO, new BigDecimal("3"), new BinaryReward(Money.euros(6_000))))),
                new ContractMission(Mission.PREVENTION, signedOn.plusMonths(3), signedOn.plusMonths(15),
                        Money.euros(25_000), List.of(new Indicator("Taux de dépistage du cancer colorectal (%)",
                        new BigDecimal("28.5"), new BigDecimal("40"), new BinaryReward(Money.euros(4_000))))),
                new ContractMission(Mission.CRISES_SANITAIRES, signedOn, signedOn.plusMonths(12),
                        Money.euros(20_000), List.of()));
    }
}
