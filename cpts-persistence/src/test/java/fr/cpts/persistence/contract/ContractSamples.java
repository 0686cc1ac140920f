package fr.cpts.persistence.contract;

import fr.cpts.domain.account.Actor;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.contract.AciContract;
import fr.cpts.domain.contract.BinaryReward;
import fr.cpts.domain.contract.ContractMission;
import fr.cpts.domain.contract.ContractTerms;
import fr.cpts.domain.contract.Indicator;
import fr.cpts.domain.contract.MissionDeadlines;
import fr.cpts.domain.contract.RewardTier;
import fr.cpts.domain.contract.TieredReward;
import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.mission.Mission;
import fr.cpts.domain.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A contract to store: the four missions socle, a tiered and a binary indicator, signed in 2025. */
public final class ContractSamples {

    public static final LocalDate VALIDATED = LocalDate.of(2024, 12, 2);
    public static final LocalDate SIGNED_ON = LocalDate.of(2025, 1, 15);
    public static final Actor PORTEUR = new Actor("porteur", "Dr Claire Martin", Role.PORTEUR);
    public static final Actor ARS = new Actor("ars", "Julien Lefèvre", Role.ARS_OFFICER);
    public static final Actor CPAM = new Actor("cpam", "Nadia Benali", Role.CPAM_OFFICER);
    public static final String WITHOUT_DOCTOR = "Patients en ALD sans médecin traitant";
    public static final String SCREENING = "Taux de dépistage du cancer colorectal";

    private ContractSamples() {}

    public static ContractTerms terms(long fixedAccess) {
        return new ContractTerms(
                "T3",
                120_000,
                List.of(
                        new ContractMission(
                                Mission.ACCES_SOINS,
                                LocalDate.of(2025, 7, 15),
                                LocalDate.of(2026, 7, 15),
                                Money.euros(fixedAccess),
                                List.of(new Indicator(
                                        WITHOUT_DOCTOR,
                                        new BigDecimal("219"),
                                        new BigDecimal("50"),
                                        new TieredReward(List.of(
                                                new RewardTier("101 à 219", new BigDecimal("219"), Money.euros(3_000)),
                                                new RewardTier(
                                                        "50 ou moins", new BigDecimal("50"), Money.of("9000.50"))))))),
                        new ContractMission(
                                Mission.PARCOURS,
                                LocalDate.of(2026, 1, 15),
                                LocalDate.of(2027, 1, 15),
                                Money.euros(45_000),
                                List.of()),
                        new ContractMission(
                                Mission.PREVENTION,
                                LocalDate.of(2025, 9, 1),
                                LocalDate.of(2026, 6, 30),
                                Money.of("17500.25"),
                                List.of(new Indicator(
                                        SCREENING,
                                        new BigDecimal("28.5"),
                                        new BigDecimal("40"),
                                        new BinaryReward(Money.euros(3_500))))),
                        new ContractMission(
                                Mission.CRISES_SANITAIRES,
                                LocalDate.of(2025, 3, 1),
                                LocalDate.of(2026, 1, 15),
                                Money.euros(22_500),
                                Map.of(1, Money.of("30000.50")),
                                List.of())));
    }

    public static AciContract draft(CptsId cpts) {
        return AciContract.draft(cpts, VALIDATED, SIGNED_ON, terms(90_000), MissionDeadlines.aciWithAvenant2());
    }

    /** The draft signed by the three parties on 15/01/2025. */
    public static AciContract signed(CptsId cpts) {
        AciContract contract = draft(cpts);
        contract.sign(PORTEUR, Instant.parse("2025-01-15T09:00:00Z"));
        contract.sign(ARS, Instant.parse("2025-01-15T10:30:00Z"));
        contract.sign(CPAM, Instant.parse("2025-01-15T14:45:00Z"));
        return contract;
    }
}
