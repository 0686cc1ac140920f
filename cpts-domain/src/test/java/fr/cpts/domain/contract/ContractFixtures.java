package fr.cpts.domain.contract;

import fr.cpts.domain.account.Actor;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.mission.Mission;
import fr.cpts.domain.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Contracts and signatories to test the ACI contract and its yearly review with. */
public final class ContractFixtures {

    public static final CptsId CPTS = new CptsId(7);
    public static final LocalDate PROJECT_VALIDATED = LocalDate.of(2024, 12, 2);
    public static final LocalDate SIGNED_ON = LocalDate.of(2025, 1, 15);
    public static final Instant NOW = Instant.parse("2025-01-15T09:00:00Z");
    public static final Actor PORTEUR = new Actor("porteur", "Dr Claire Martin", Role.PORTEUR);
    public static final Actor ARS = new Actor("ars", "Julien Lefèvre", Role.ARS_OFFICER);
    public static final Actor CPAM = new Actor("cpam", "Nadia Benali", Role.CPAM_OFFICER);
    public static final Actor ADMIN = new Actor("admin", "Paul Admin", Role.ADMINISTRATOR);
    public static final String SCREENING = "Taux de dépistage du cancer colorectal";
    public static final String WITHOUT_DOCTOR = "Patients en ALD sans médecin traitant";

    private ContractFixtures() {}

    /** Every mission socle on the latest dates the deadlines allow, one indicator each for prevention and access. */
    public static List<ContractMission> coreMissions() {
        List<ContractMission> missions = new ArrayList<>();
        missions.add(new ContractMission(
                Mission.ACCES_SOINS,
                LocalDate.of(2025, 7, 15),
                LocalDate.of(2026, 7, 15),
                Money.euros(90_000),
                List.of(new Indicator(
                        WITHOUT_DOCTOR,
                        new BigDecimal("219"),
                        new BigDecimal("50"),
                        new TieredReward(List.of(
                                new RewardTier("101 à 219", new BigDecimal("219"), Money.euros(3_000)),
                                new RewardTier("51 à 100", new BigDecimal("100"), Money.euros(6_000)),
                                new RewardTier("50 ou moins", new BigDecimal("50"), Money.euros(9_000))))))));
        missions.add(new ContractMission(
                Mission.PARCOURS,
                LocalDate.of(2026, 1, 15),
                LocalDate.of(2027, 1, 15),
                Money.euros(45_000),
                List.of()));
        missions.add(new ContractMission(
                Mission.PREVENTION,
                LocalDate.of(2025, 9, 1),
                LocalDate.of(2026, 6, 30),
                Money.of("17500"),
                List.of(new Indicator(
                        SCREENING,
                        new BigDecimal("28.5"),
                        new BigDecimal("40"),
                        new BinaryReward(Money.euros(3_500))))));
        missions.add(new ContractMission(
                Mission.CRISES_SANITAIRES,
                LocalDate.of(2025, 3, 1),
                LocalDate.of(2026, 1, 15),
                Money.euros(22_500),
                List.of()));
        return missions;
    }

    public static ContractTerms terms() {
        return new ContractTerms("T3", 120_000, coreMissions());
    }

    /** The core missions with one of them replaced. */
    public static ContractTerms termsWith(ContractMission replacement) {
        List<ContractMission> missions = new ArrayList<>(coreMissions());
        missions.removeIf(m -> m.mission() == replacement.mission());
        missions.add(replacement);
        return new ContractTerms("T3", 120_000, missions);
    }

    public static AciContractDraft draft() {
        return AciContractDraft.first(CPTS, PROJECT_VALIDATED, SIGNED_ON, terms(), MissionDeadlines.aciWithAvenant2());
    }

    /** A contract signed by the three parties, in force. */
    public static AciContract activeContract() {
        AciContract contract =
                AciContract.draft(CPTS, PROJECT_VALIDATED, SIGNED_ON, terms(), MissionDeadlines.aciWithAvenant2());
        contract.sign(PORTEUR, NOW);
        contract.sign(ARS, NOW.plusSeconds(3_600));
        contract.sign(CPAM, NOW.plusSeconds(7_200));
        return contract;
    }

    public static SignedContract signedContract() {
        return activeContract().active().orElseThrow();
    }
}
