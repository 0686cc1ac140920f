package fr.cpts.web.contract;

import fr.cpts.domain.account.Actor;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.contract.AciContract;
import fr.cpts.domain.contract.BinaryReward;
import fr.cpts.domain.contract.ContractMission;
import fr.cpts.domain.contract.ContractSigned;
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
import fr.cpts.domain.mission.Mission;
import fr.cpts.domain.money.Money;
import fr.cpts.domain.review.YearlyReview;
import fr.cpts.domain.review.YearlyReviews;
import fr.cpts.domain.shared.ArchivedDocument;
import fr.cpts.domain.shared.DomainException;
import fr.cpts.funding.contract.ContractFunding;
import fr.cpts.web.FrenchFormats;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo contracts, once the demo territories are drawn (they set the population): the CPTS du Bassin d'Arcachon
 * signed its contract fifteen months ago, is late starting its prevention mission, and filed its year 1 review, which
 * awaits the CPAM; the CPTS Grande-Terre Sud signed twenty months ago. Signed by the three parties with their PDF
 * archived; added only when the CPTS has no contract yet.
 */
@Component
@ConditionalOnProperty(name = "cpts.demo-data.enabled", havingValue = "true")
class ContractDemoData {

    private static final Logger log = LoggerFactory.getLogger(ContractDemoData.class);
    /** Paid only for a year in which the ARS records a serious health crisis. */
    private static final String CRISIS_PLAN = "Plan de réponse aux crises sanitaires activé";

    private static final Actor ARS = new Actor("ars", "Julien Lefèvre (ARS Nouvelle-Aquitaine)", Role.ARS_OFFICER);
    private static final Actor CPAM = new Actor("cpam", "Nadia Benali (CPAM de la Gironde)", Role.CPAM_OFFICER);

    private final CptsRecords records;
    private final Contracts contracts;
    private final ContractBasis basis;
    private final ContractFunding funding;
    private final ContractPdf pdf;
    private final YearlyReviews reviews;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ContractDemoData(
            CptsRecords records,
            Contracts contracts,
            ContractBasis basis,
            ContractFunding funding,
            ContractPdf pdf,
            YearlyReviews reviews,
            Clock clock,
            ApplicationEventPublisher events) {
        this.clock = clock;
        this.events = events;
        this.records = records;
        this.contracts = contracts;
        this.basis = basis;
        this.funding = funding;
        this.pdf = pdf;
        this.reviews = reviews;
    }

    /** After the demo territories ({@code TerritoryDemoData}, same event, earlier order). */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    @Transactional
    public void load() {
        Instant now = clock.instant();
        Actor helene = new Actor("porteur-arcachon", "Dr Hélène Dubos", Role.PORTEUR);
        records.byName("CPTS du Bassin d'Arcachon").ifPresent(arcachon -> {
            sign(arcachon, helene, now.minus(Duration.ofDays(450)), ARS, CPAM);
            fileFirstYear(arcachon, helene, now);
        });
        records.byName("CPTS Grande-Terre Sud")
                .ifPresent(grandeTerre -> sign(
                        grandeTerre,
                        new Actor("porteur-grande-terre", "Porteur Grande-Terre Sud", Role.PORTEUR),
                        now.minus(Duration.ofDays(600)),
                        new Actor(
                                "ars-guadeloupe", "ARS Guadeloupe, Saint-Martin et Saint-Barthélemy", Role.ARS_OFFICER),
                        new Actor("cpam-guadeloupe", "CGSS de la Guadeloupe", Role.CPAM_OFFICER)));
    }

    private void sign(CptsRecord cpts, Actor porteur, Instant signedAt, Actor ars, Actor cpam) {
        if (contracts.of(cpts.id()).isPresent()) {
            return;
        }
        LocalDate signedOn = signedAt.atZone(FrenchFormats.PARIS).toLocalDate();
        LocalDate validatedOn = basis.healthProjectValidatedOn(cpts.id()).orElse(null);
        if (validatedOn == null || validatedOn.isAfter(signedOn)) {
            return;
        }
        ContractTerms terms;
        try {
            terms = basis.terms(cpts.id(), signedOn, missions(signedOn));
        } catch (DomainException territoryNotDrawn) {
            return;
        }
        log.info("Données de démonstration : contrat ACI signé pour la {}", cpts.name());
        AciContract contract =
                AciContract.draft(cpts.id(), validatedOn, signedOn, terms, MissionDeadlines.aciWithAvenant2());
        List<ContractSigned> signatures = List.of(
                contract.sign(porteur, signedAt),
                contract.sign(ars, signedAt.plus(Duration.ofHours(2))),
                contract.sign(cpam, signedAt.plus(Duration.ofHours(5))));
        contracts.save(contract, 0);
        SignedContract signed = contract.active().orElseThrow();
        ArchivedDocument document =
                pdf.issue(cpts, signed, funding.check(terms, signedOn, terms.population()), signed.fullySignedAt());
        contracts.archive(cpts.id(), 1, document);
        // journaled as the service journals them: each signature at its own date, the PDF's fingerprint with the third
        signatures.stream()
                .map(signature -> signature.fullySigned() ? signature.issued(document.sha256()) : signature)
                .forEach(events::publishEvent);
        // what the CPTS reported, as far as it already happened; prevention never reported: flagged late
        LocalDate today = FrenchFormats.today(clock);
        report(cpts, Mission.ACCES_SOINS, signedOn, signedOn.plusMonths(11), today);
        report(cpts, Mission.PARCOURS, signedOn.plusMonths(4), null, today);
        report(cpts, Mission.CRISES_SANITAIRES, signedOn, signedOn.plusMonths(10), today);
    }

    private void report(CptsRecord cpts, Mission mission, LocalDate startedOn, LocalDate deployedOn, LocalDate today) {
        if (!startedOn.isAfter(today)) {
            contracts.saveProgress(
                    cpts.id(),
                    new MissionProgress(
                            mission, startedOn, deployedOn == null || deployedOn.isAfter(today) ? null : deployedOn));
        }
    }

    /** The year 1 review, declared with comments and filed two months ago, for the CPAM to examine. */
    private void fileFirstYear(CptsRecord cpts, Actor porteur, Instant now) {
        SignedContract contract = contracts
                .of(cpts.id())
                .flatMap(stored -> stored.contract().active())
                .orElse(null);
        if (contract == null
                || reviews.of(cpts.id(), 1).isPresent()
                || contract.signatureDate().plusYears(1).isAfter(FrenchFormats.today(clock))) {
            return;
        }
        log.info("Données de démonstration : revue annuelle de l'année 1 déposée pour la {}", cpts.name());
        Instant declaredAt = now.minus(Duration.ofDays(70));
        YearlyReview review = YearlyReview.open(contract, 1, declaredAt);
        Map<String, String[]> declared = Map.of(
                "Patients en ALD sans médecin traitant",
                new String[] {"260", "Requête sur la patientèle ALD au " + "dernier jour de l'année du contrat"},
                "Demandes de soins non programmés régulées (%)",
                new String[] {"72", "Tableau de bord du SAS"},
                "Parcours pluriprofessionnels formalisés",
                new String[] {
                    "2",
                    "Parcours insuffisance cardiaque et "
                            + "personnes âgées fragiles ; le troisième est en cours de rédaction"
                },
                "Taux de dépistage du cancer colorectal (%)",
                new String[] {"33.1", "Données de l'Assurance Maladie"},
                CRISIS_PLAN,
                new String[] {"1", "Plan activé pendant l'épidémie de grippe de janvier"});
        for (String indicator : review.indicators()) {
            String[] value = declared.get(indicator);
            if (value != null) {
                review.declare(indicator, new BigDecimal(value[0]), value[1], porteur, declaredAt);
            }
        }
        review.submit(porteur, now.minus(Duration.ofDays(60)));
        reviews.save(review, 0);
    }

    private static List<ContractMission> missions(LocalDate signedOn) {
        return List.of(
                new ContractMission(
                        Mission.ACCES_SOINS,
                        signedOn,
                        signedOn.plusMonths(12),
                        Money.euros(60_000),
                        List.of(
                                new Indicator(
                                        "Patients en ALD sans médecin traitant",
                                        new BigDecimal("420"),
                                        new BigDecimal("150"),
                                        new TieredReward(List.of(
                                                new RewardTier("socle", new BigDecimal("350"), Money.euros(5_000)),
                                                new RewardTier(
                                                        "intermédiaire", new BigDecimal("250"), Money.euros(10_000)),
                                                new RewardTier(
                                                        "objectif", new BigDecimal("150"), Money.euros(15_000))))),
                                new Indicator(
                                        "Demandes de soins non programmés régulées (%)",
                                        new BigDecimal("40"),
                                        new BigDecimal("70"),
                                        new BinaryReward(Money.euros(8_000))))),
                new ContractMission(
                        Mission.PARCOURS,
                        signedOn.plusMonths(4),
                        signedOn.plusMonths(20),
                        Money.euros(35_000),
                        List.of(new Indicator(
                                "Parcours pluriprofessionnels formalisés",
                                BigDecimal.ZERO,
                                new BigDecimal("3"),
                                new BinaryReward(Money.euros(6_000))))),
                new ContractMission(
                        Mission.PREVENTION,
                        signedOn.plusMonths(3),
                        signedOn.plusMonths(15),
                        Money.euros(25_000),
                        List.of(new Indicator(
                                "Taux de dépistage du cancer colorectal (%)",
                                new BigDecimal("28.5"), new BigDecimal("40"), new BinaryReward(Money.euros(4_000))))),
                new ContractMission(
                        Mission.CRISES_SANITAIRES,
                        signedOn,
                        signedOn.plusMonths(12),
                        Money.euros(20_000),
                        List.of(new Indicator(
                                CRISIS_PLAN, BigDecimal.ZERO, BigDecimal.ONE, new BinaryReward(Money.euros(12_000))))));
    }
}
