package fr.cpts.funding.contract;

import fr.cpts.domain.account.Actor;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.contract.AciContract;
import fr.cpts.domain.contract.AciContractDraft;
import fr.cpts.domain.contract.BinaryReward;
import fr.cpts.domain.contract.ContractMission;
import fr.cpts.domain.contract.ContractTerms;
import fr.cpts.domain.contract.Indicator;
import fr.cpts.domain.contract.MissionDeadlines;
import fr.cpts.domain.contract.RewardTier;
import fr.cpts.domain.contract.SignedContract;
import fr.cpts.domain.contract.TieredReward;
import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.mission.Mission;
import fr.cpts.domain.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The worked contract of these tests: signed on 01/07/2024 by a CPTS of 60 000 inhabitants, so under « ACI avenant 2 »,
 * bracket T2 (functioning 105 000 €, ceilings unknown), with the four missions socle:
 * <pre>
 * mission       start       fixed     indicators (maximum)
 * accès         01/07/2024  50 000 €  ALD sans MT, tiers ≤ 219 → 3 000, ≤ 100 → 6 000, ≤ 50 → 9 000 (9 000)
 *                                     SNP régulés ≥ 60 % (from 40 %) → 5 000 (5 000)
 * parcours      01/10/2024  30 000 €  3 parcours formalisés (from 0) → 10 000 (10 000)
 * prévention    01/01/2025  20 000 €  dépistage 28,5 % → socle 30 → 1 000, intermédiaire 35 → 2 500, objectif 40 → 3 500
 * crises        01/07/2024  15 000 €  plan de crise opérationnel (0 → 1) → 20 000, only with a declared crisis
 * </pre>
 */
public final class ContractExamples {

    public static final LocalDate SIGNED_ON = LocalDate.of(2024, 7, 1);
    static final long POPULATION = 60_000;
    static final String ALD = "Patients en ALD sans médecin traitant";
    static final String SNP = "Demandes de soins non programmés régulées (%)";
    static final String PARCOURS = "Parcours pluriprofessionnels formalisés";
    static final String SCREENING = "Taux de dépistage du cancer colorectal (%)";
    static final String CRISIS_PLAN = "Plan de réponse aux crises opérationnel";

    /** The accepted values of year 1: ALD 80 (tier « 51 à 100 »), SNP 65 % (reached), 2 parcours (not reached),
     *  screening 36,2 % (tier « intermédiaire »), crisis plan 1 (reached, paid only with a declared crisis). */
    public static final Map<String, BigDecimal> YEAR_1_ACCEPTED = Map.of(
            ALD,
            new BigDecimal("80"),
            SNP,
            new BigDecimal("65"),
            PARCOURS,
            new BigDecimal("2"),
            SCREENING,
            new BigDecimal("36.2"),
            CRISIS_PLAN,
            new BigDecimal("1"));

    private ContractExamples() {}

    static List<ContractMission> missions() {
        List<ContractMission> missions = new ArrayList<>();
        missions.add(new ContractMission(
                Mission.ACCES_SOINS,
                SIGNED_ON,
                LocalDate.of(2025, 7, 1),
                Money.euros(50_000),
                List.of(
                        new Indicator(
                                ALD,
                                new BigDecimal("219"),
                                new BigDecimal("50"),
                                new TieredReward(List.of(
                                        new RewardTier("101 à 219", new BigDecimal("219"), Money.euros(3_000)),
                                        new RewardTier("51 à 100", new BigDecimal("100"), Money.euros(6_000)),
                                        new RewardTier("50 ou moins", new BigDecimal("50"), Money.euros(9_000))))),
                        binary(SNP, "40", "60", 5_000))));
        missions.add(new ContractMission(
                Mission.PARCOURS,
                LocalDate.of(2024, 10, 1),
                LocalDate.of(2025, 10, 1),
                Money.euros(30_000),
                List.of(binary(PARCOURS, "0", "3", 10_000))));
        missions.add(new ContractMission(
                Mission.PREVENTION,
                LocalDate.of(2025, 1, 1),
                LocalDate.of(2026, 1, 1),
                Money.euros(20_000),
                List.of(new Indicator(
                        SCREENING,
                        new BigDecimal("28.5"),
                        new BigDecimal("40"),
                        new TieredReward(List.of(
                                new RewardTier("socle", new BigDecimal("30"), Money.euros(1_000)),
                                new RewardTier("intermédiaire", new BigDecimal("35"), Money.euros(2_500)),
                                new RewardTier("objectif", new BigDecimal("40"), Money.euros(3_500))))))));
        missions.add(new ContractMission(
                Mission.CRISES_SANITAIRES,
                SIGNED_ON,
                LocalDate.of(2025, 1, 1),
                Money.euros(15_000),
                List.of(binary(CRISIS_PLAN, "0", "1", 20_000))));
        return missions;
    }

    static ContractTerms terms() {
        return terms("T2", missions());
    }

    static ContractTerms terms(String bracket, List<ContractMission> missions) {
        return new ContractTerms(bracket, POPULATION, missions);
    }

    /** The example's missions with one replaced or added. */
    static List<ContractMission> missionsWith(ContractMission replacement) {
        List<ContractMission> missions = new ArrayList<>(missions());
        missions.removeIf(mission -> mission.mission() == replacement.mission());
        missions.add(replacement);
        return missions;
    }

    static Indicator binary(String name, String baseline, String target, long euros) {
        return new Indicator(
                name, new BigDecimal(baseline), new BigDecimal(target), new BinaryReward(Money.euros(euros)));
    }

    static AciContractDraft draft() {
        return AciContractDraft.first(
                new CptsId(7), LocalDate.of(2024, 6, 3), SIGNED_ON, terms(), MissionDeadlines.aciWithAvenant2());
    }

    /** The example signed by the CPTS, the ARS and the CPAM. */
    public static SignedContract signed() {
        AciContract contract = AciContract.draft(
                new CptsId(7), LocalDate.of(2024, 6, 3), SIGNED_ON, terms(), MissionDeadlines.aciWithAvenant2());
        Instant at = Instant.parse("2024-07-01T09:00:00Z");
        contract.sign(new Actor("porteur", "Dr Claire Martin", Role.PORTEUR), at);
        contract.sign(new Actor("ars", "Julien Lefèvre", Role.ARS_OFFICER), at.plusSeconds(3_600));
        contract.sign(new Actor("cpam", "Nadia Benali", Role.CPAM_OFFICER), at.plusSeconds(7_200));
        return contract.active().orElseThrow();
    }
}
