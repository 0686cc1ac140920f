package fr.cpts.persistence.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpts.domain.diagnostic.DataVersion;
import fr.cpts.domain.diagnostic.Flow;
import fr.cpts.domain.diagnostic.FlowSummary;
import fr.cpts.domain.diagnostic.PatientFlows;
import fr.cpts.domain.territory.InseeCode;
import fr.cpts.persistence.PersistenceTest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A territory of Langon and Toulenne: Preignac, outside, sends most of its patients to Langon (a suggestion);
 * Barsac, outside, goes mostly to Bordeaux (none).
 */
@PersistenceTest
class JdbcPatientFlowsTest {

    private static final InseeCode LANGON = new InseeCode("33227");
    private static final InseeCode TOULENNE = new InseeCode("33533");
    private static final InseeCode PREIGNAC = new InseeCode("33337");
    private static final InseeCode BARSAC = new InseeCode("33030");
    private static final InseeCode BORDEAUX = new InseeCode("33063");
    private static final String GENERAL = "medecine-generale";

    @Autowired
    PatientFlows flows;

    @Test
    void aTerritorysFlowsSayHowMuchCareStaysInsideItsPolesAndTheCommunesItsPolesAttract() {
        flows.store(
                2024,
                "flux.csv",
                List.of(
                        flow(LANGON, LANGON, 900),
                        flow(LANGON, BORDEAUX, 100),
                        flow(TOULENNE, LANGON, 300),
                        flow(TOULENNE, TOULENNE, 50),
                        flow(TOULENNE, BORDEAUX, 150),
                        flow(PREIGNAC, LANGON, 600),
                        flow(PREIGNAC, BORDEAUX, 200),
                        flow(BARSAC, LANGON, 100),
                        flow(BARSAC, BORDEAUX, 500)),
                false,
                "admin",
                Instant.parse("2026-12-01T10:00:00Z"));

        FlowSummary summary = flows.ofTerritory(
                List.of(LANGON, TOULENNE), new DataVersion("ameli-flux", 2024, Optional.empty(), 4, false));

        FlowSummary.SpecialtyFlows general = summary.specialties().get(0);
        assertThat(general.specialty().code()).isEqualTo(GENERAL);
        assertThat(general.residentsPatients()).isEqualTo(1_500);
        assertThat(general.treatedInside()).isEqualTo(1_250);
        assertThat(general.poles())
                .extracting(FlowSummary.Pole::name, FlowSummary.Pole::patients)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Langon", 1_900L),
                        org.assertj.core.groups.Tuple.tuple("Toulenne", 50L));
        assertThat(general.attracted())
                .extracting(FlowSummary.Attracted::name, FlowSummary.Attracted::pole, FlowSummary.Attracted::share)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Preignac", "Langon", new java.math.BigDecimal("75.0")));
        assertThat(summary.attracted()).hasSize(1);
    }

    @Test
    void aNewFileReplacesTheYearsFlows() {
        Instant at = Instant.parse("2026-12-01T10:00:00Z");
        flows.store(2024, "flux.csv", List.of(flow(LANGON, LANGON, 900)), false, "admin", at);
        flows.store(2024, "flux.csv", List.of(flow(LANGON, LANGON, 400)), false, "admin", at);

        FlowSummary summary =
                flows.ofTerritory(List.of(LANGON), new DataVersion("ameli-flux", 2024, Optional.empty(), 1, false));

        assertThat(summary.specialties().get(0).residentsPatients()).isEqualTo(400);
    }

    private static Flow flow(InseeCode residence, InseeCode practice, int patients) {
        return new Flow(2, residence, practice, GENERAL, patients);
    }
}
