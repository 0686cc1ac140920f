package fr.cpts.web.document;

import fr.cpts.domain.mission.MissionKind;
import fr.cpts.domain.money.Money;
import fr.cpts.domain.review.AssessmentDecision;
import fr.cpts.web.document.ContractDocument.BinaryReward;
import fr.cpts.web.document.ContractDocument.Indicator;
import fr.cpts.web.document.ContractDocument.Mission;
import fr.cpts.web.document.ContractDocument.Signature;
import fr.cpts.web.document.ContractDocument.Tier;
import fr.cpts.web.document.ContractDocument.TieredReward;
import fr.cpts.web.document.StatementDocument.FixedLine;
import fr.cpts.web.document.StatementDocument.VariableLine;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A realistic contract of the CPTS du Bassin d'Arcachon and the statement of its second year. */
final class DocumentFixtures {

    static final String CPTS = "CPTS du Bassin d'Arcachon";
    /** 10:30 in Paris (winter time, UTC+1). */
    static final Instant CPTS_SIGNED = Instant.parse("2025-03-14T09:30:00Z");
    /** 16:05 in Paris. */
    static final Instant ARS_SIGNED = Instant.parse("2025-03-17T15:05:00Z");
    /** 09:45 in Paris (summer time, UTC+2), the last signature. */
    static final Instant CPAM_SIGNED = Instant.parse("2025-04-02T07:45:00Z");

    private DocumentFixtures() {}

    static ContractDocument contract() {
        return amendment(1, null);
    }

    static ContractDocument amendment(int version, String reason) {
        Mission access = new Mission(
                "Amélioration de l'accès aux soins",
                MissionKind.CORE,
                LocalDate.of(2025, 4, 1),
                LocalDate.of(2026, 3, 31),
                Money.of("35000.00"),
                Map.of(),
                List.of(
                        new Indicator(
                                "Patients de 17 ans et plus sans médecin traitant",
                                "12,5 %",
                                "9 %",
                                new TieredReward(List.of(
                                        new Tier("Palier 1", "11 %", Money.euros(3_000)),
                                        new Tier("Palier 2", "10 %", Money.euros(6_000)),
                                        new Tier("Objectif", "9 %", Money.of("10000.00"))))),
                        new Indicator(
                                "Soins non programmés régulés par le SAS",
                                "0",
                                "1 200 demandes",
                                new BinaryReward(Money.of("7500.50")))));
        Mission pathways = new Mission(
                "Organisation de parcours pluriprofessionnels autour du patient",
                MissionKind.CORE,
                LocalDate.of(2025, 4, 1),
                LocalDate.of(2026, 9, 30),
                Money.euros(20_000),
                Map.of(1, Money.euros(24_000)),
                List.of(new Indicator(
                        "Parcours « insuffisance cardiaque » formalisés",
                        "0",
                        "2",
                        new BinaryReward(Money.euros(5_000)))));
        Mission quality = new Mission(
                "Développement de la qualité et de la pertinence des soins",
                MissionKind.OPTIONAL,
                LocalDate.of(2025, 10, 1),
                LocalDate.of(2027, 3, 31),
                Money.euros(15_000),
                Map.of(),
                List.of());
        return new ContractDocument(
                CPTS,
                "Gironde (33)",
                "Nouvelle-Aquitaine",
                "12 avenue de la Côte d'Argent, 33120 Arcachon",
                version,
                reason,
                LocalDate.of(2025, 4, 2),
                148_300L,
                "Taille 3 (de 80 000 à 175 000 habitants)",
                "ACI CPTS 2019, avenant 2",
                "Arrêté du 21 août 2019 portant approbation de l'accord conventionnel interprofessionnel",
                List.of(access, pathways, quality),
                Money.euros(70_000),
                Money.of("22500.50"),
                List.of(
                        new Signature("Pour la CPTS", "Élodie Lefèvre", "Présidente de la CPTS", CPTS_SIGNED),
                        new Signature(
                                "Pour l'ARS Nouvelle-Aquitaine",
                                "François Guérin",
                                "Directeur de la délégation départementale",
                                ARS_SIGNED),
                        new Signature(
                                "Pour la CPAM de la Gironde",
                                "Hélène Baptiste",
                                "Responsable du service exercice coordonné",
                                CPAM_SIGNED)));
    }

    static StatementDocument statement() {
        return new StatementDocument(
                CPTS,
                2,
                2,
                LocalDate.of(2026, 4, 2),
                LocalDate.of(2027, 4, 1),
                "ACI CPTS 2019, avenant 2",
                List.of(
                        new FixedLine("Amélioration de l'accès aux soins", Money.of("35000.00")),
                        new FixedLine(
                                "Organisation de parcours pluriprofessionnels autour du patient", Money.euros(20_000)),
                        new FixedLine(
                                "Développement de la qualité et de la pertinence des soins", Money.euros(15_000))),
                List.of(
                        new VariableLine(
                                "Patients de 17 ans et plus sans médecin traitant",
                                "9 %",
                                "10,4 %",
                                AssessmentDecision.ADJUSTED,
                                "Les données de l'Assurance maladie au 31/12 donnent 10,4 % de patients sans médecin traitant.",
                                Money.euros(3_000),
                                "Valeur retenue 10,4 % : palier 1 (11 %) atteint, palier 2 (10 %) non atteint, soit 3 000,00 €."),
                        new VariableLine(
                                "Soins non programmés régulés par le SAS",
                                "1 350 demandes",
                                "1 350 demandes",
                                AssessmentDecision.ACCEPTED,
                                null,
                                Money.of("7500.50"),
                                "Cible de 1 200 demandes atteinte : indicateur binaire versé en entier.")),
                Money.euros(70_000),
                Money.of("10500.50"),
                Money.of("80500.50"),
                Money.euros(52_500),
                Money.of("28000.50"),
                LocalDate.of(2027, 6, 18),
                "Julien Bernard, agent de la CPAM de la Gironde");
    }
}
