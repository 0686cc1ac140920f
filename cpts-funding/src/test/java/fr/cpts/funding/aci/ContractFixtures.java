package fr.cpts.funding.aci;

import fr.cpts.domain.mission.Mission;
import fr.cpts.domain.money.Money;
import fr.cpts.funding.indicator.BinaryIndicator;
import fr.cpts.funding.indicator.Direction;
import fr.cpts.funding.indicator.Indicator;
import fr.cpts.funding.indicator.IndicatorResults;
import fr.cpts.funding.indicator.Tier;
import fr.cpts.funding.indicator.TieredIndicator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Contracts and indicators shared by the tests and the benchmark. */
public final class ContractFixtures {

    private ContractFixtures() {}

    /** ALD patients without médecin traitant: ≤ 50 → 9 000 €, 51–100 → 6 000 €, 101–219 → 3 000 €. */
    public static TieredIndicator aldPatientsWithoutDoctor() {
        return new TieredIndicator(
                "ALD_SANS_MT",
                "Patients en ALD sans médecin traitant",
                Direction.LOWER_IS_BETTER,
                List.of(
                        new Tier("50 ou moins", new BigDecimal("50"), Money.euros(9_000)),
                        new Tier("51 à 100", new BigDecimal("100"), Money.euros(6_000)),
                        new Tier("101 à 219", new BigDecimal("219"), Money.euros(3_000))));
    }

    /** Screening rate: socle 30 % → 1 000 €, intermédiaire 40 % → 2 500 €, objectif 50 % → 3 500 €. */
    public static TieredIndicator screeningRate() {
        return new TieredIndicator(
                "DEPISTAGE",
                "Taux de dépistage",
                Direction.HIGHER_IS_BETTER,
                List.of(
                        new Tier("socle", new BigDecimal("30"), Money.euros(1_000)),
                        new Tier("intermédiaire", new BigDecimal("40"), Money.euros(2_500)),
                        new Tier("objectif", new BigDecimal("50"), Money.euros(3_500))));
    }

    public static BinaryIndicator binary(String code, long euros) {
        return new BinaryIndicator(code, "Objectif " + code, Money.euros(euros));
    }

    /**
     * The seed's worked example for a T4 CPTS (200 000 inhabitants): missions of 150 000, 100 000, 40 000,
     * 40 000 and 30 000 € (360 000 €), all starting at signature; with functioning 90 000 €, 450 000 €.
     */
    public static AciContract workedT4Example(LocalDate signature) {
        return new AciContract(
                signature,
                200_000,
                List.of(
                        mission(
                                Mission.ACCES_SOINS,
                                signature,
                                100_000,
                                50_000,
                                aldPatientsWithoutDoctor(),
                                binary("SNP", 41_000)),
                        mission(Mission.PARCOURS, signature, 60_000, 40_000, binary("PARCOURS", 40_000)),
                        mission(
                                Mission.PREVENTION,
                                signature,
                                20_000,
                                20_000,
                                screeningRate(),
                                binary("PREVENTION", 16_500)),
                        mission(Mission.QUALITE_PERTINENCE, signature, 20_000, 20_000, binary("QUALITE", 20_000)),
                        mission(
                                Mission.ACCOMPAGNEMENT_PROFESSIONNELS,
                                signature,
                                15_000,
                                15_000,
                                binary("ACCOMPAGNEMENT", 15_000))));
    }

    /** Every objective of the worked example reached, every tier at its best. */
    public static IndicatorResults allReached() {
        return IndicatorResults.none()
                .measured("ALD_SANS_MT", new BigDecimal("40"))
                .measured("DEPISTAGE", new BigDecimal("55"))
                .reached("SNP")
                .reached("PARCOURS")
                .reached("PREVENTION")
                .reached("QUALITE")
                .reached("ACCOMPAGNEMENT")
                .reached("CRISE");
    }

    /**
     * A T3 contract shaped like the real one in the domain guide (fixed / variable: accès 90 000 / 35 000,
     * parcours 45 000 / 45 000, prévention 17 500 / 17 500, crises 22 500 / 67 500, qualité 15 000 / 15 000,
     * accompagnement 10 000 / 10 000), with missions starting after signature.
     */
    public static AciContract realT3Shape(LocalDate signature) {
        return new AciContract(
                signature,
                120_000,
                List.of(
                        mission(
                                Mission.ACCES_SOINS,
                                signature.plusDays(165),
                                90_000,
                                35_000,
                                aldPatientsWithoutDoctor(),
                                binary("SNP", 26_000)),
                        mission(Mission.PARCOURS, signature.plusMonths(12), 45_000, 45_000, binary("PARCOURS", 45_000)),
                        mission(
                                Mission.PREVENTION,
                                signature.plusMonths(9),
                                17_500,
                                17_500,
                                screeningRate(),
                                binary("PREVENTION", 14_000)),
                        mission(
                                Mission.CRISES_SANITAIRES,
                                signature.plusMonths(6),
                                22_500,
                                67_500,
                                binary("CRISE", 67_500)),
                        mission(
                                Mission.QUALITE_PERTINENCE,
                                signature.plusMonths(3),
                                15_000,
                                15_000,
                                binary("QUALITE", 15_000)),
                        mission(
                                Mission.ACCOMPAGNEMENT_PROFESSIONNELS,
                                signature,
                                10_000,
                                10_000,
                                binary("ACCOMPAGNEMENT", 10_000))));
    }

    /** A contract whose missions fit every bracket's 2019 ceilings: 170 000 € with the crisis envelope, the T1 missions maximum. */
    public static AciContract modest(LocalDate signature, long population) {
        return new AciContract(
                signature,
                population,
                List.of(
                        mission(
                                Mission.ACCES_SOINS,
                                signature.plusMonths(2),
                                40_000,
                                20_000,
                                aldPatientsWithoutDoctor(),
                                binary("SNP", 11_000)),
                        mission(Mission.PARCOURS, signature.plusMonths(7), 25_000, 15_000, binary("PARCOURS", 15_000)),
                        mission(
                                Mission.PREVENTION,
                                signature.plusMonths(11),
                                15_000,
                                10_000,
                                screeningRate(),
                                binary("PREVENTION", 6_500)),
                        mission(
                                Mission.CRISES_SANITAIRES,
                                signature.plusMonths(5),
                                10_000,
                                10_000,
                                binary("CRISE", 10_000)),
                        mission(
                                Mission.QUALITE_PERTINENCE,
                                signature.plusMonths(14),
                                15_000,
                                10_000,
                                binary("QUALITE", 10_000))));
    }

    public static MissionAgreement mission(
            Mission mission, LocalDate start, long fixed, long variable, Indicator... indicators) {
        return new MissionAgreement(mission, start, Money.euros(fixed), Money.euros(variable), List.of(indicators));
    }
}
