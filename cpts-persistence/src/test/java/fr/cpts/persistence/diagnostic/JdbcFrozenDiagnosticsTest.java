package fr.cpts.persistence.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpts.domain.diagnostic.DataVersion;
import fr.cpts.domain.diagnostic.DiagnosticTable;
import fr.cpts.domain.diagnostic.Figure;
import fr.cpts.domain.diagnostic.FrozenDiagnostic;
import fr.cpts.domain.diagnostic.FrozenDiagnostics;
import fr.cpts.domain.diagnostic.Zone;
import fr.cpts.domain.dossier.DossierId;
import fr.cpts.persistence.PersistenceTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A dossier's diagnostic is kept exactly as it was computed, whatever is imported afterwards. */
@PersistenceTest
class JdbcFrozenDiagnosticsTest {

    private static final Instant FILED = Instant.parse("2026-03-02T09:30:00.123456Z");

    @Autowired
    FrozenDiagnostics frozen;

    @Autowired
    JdbcTemplate jdbc;

    private DossierId dossier;

    @BeforeEach
    void aFiledDossier() {
        long cpts = jdbc.queryForObject(
                "insert into cpts (name, region_code, departement_code, stage) "
                        + "values ('CPTS Figée', '75', '33', 'LETTRE_INTENTION') returning id",
                Long.class);
        dossier = new DossierId(jdbc.queryForObject(
                "insert into dossier (cpts_id, kind, state, created_at, in_state_since) "
                        + "values (?, 'LETTRE_INTENTION', 'SUBMITTED', now(), now()) returning id",
                Long.class,
                cpts));
    }

    @Test
    void readsBackEveryFigureColumnVersionAndTheTimeItWasComputed() {
        DiagnosticTable table = table(new BigDecimal("15.0"));

        frozen.freeze(dossier, table);

        assertThat(frozen.of(dossier)).contains(new FrozenDiagnostic(table, Optional.empty()));
    }

    @Test
    void aNewFilingFreezesItAgainAndKeepsThePorteursComment() {
        frozen.freeze(dossier, table(new BigDecimal("15.0")));
        FrozenDiagnostic.Comment comment = new FrozenDiagnostic.Comment("Un été chargé", "Dr Claire Martin", FILED);
        assertThat(frozen.comment(dossier, Optional.of(comment))).isTrue();

        frozen.freeze(dossier, table(new BigDecimal("16.2")));

        FrozenDiagnostic read = frozen.of(dossier).orElseThrow();
        assertThat(read.table().rows().get(0).figures().get(0)).isEqualTo(new Figure.Value(new BigDecimal("16.2")));
        assertThat(read.comment()).contains(comment);
    }

    @Test
    void aDossierWithoutFrozenDiagnosticTakesNoComment() {
        assertThat(frozen.comment(dossier, Optional.empty())).isFalse();
        assertThat(frozen.of(dossier)).isEmpty();
    }

    private static DiagnosticTable table(BigDecimal share) {
        return new DiagnosticTable(
                List.of(new DiagnosticTable.Column("CPTS Figée", 12), new DiagnosticTable.Column("Gironde (33)", 535)),
                List.of(
                        new DiagnosticTable.Row(
                                "part_sans_mt",
                                "Part des patients sans médecin traitant",
                                "%",
                                1,
                                "Assurance Maladie 2024",
                                List.of(new Figure.Value(share), new Figure.Small(11)),
                                11),
                        new DiagnosticTable.Row(
                                "zonage_medecins",
                                "Zonage",
                                "part de la population",
                                0,
                                "ARS 2024",
                                List.of(
                                        new Figure.Shares(
                                                List.of(new Figure.Share(Zone.ZIP, new BigDecimal("75.0"), 9))),
                                        new Figure.Unavailable()),
                                12)),
                List.of(
                        new DataVersion("ameli-patients", 2024, Optional.empty(), 4_325, true),
                        new DataVersion(
                                "ars-zonage-medecins", 2024, Optional.of(LocalDate.of(2024, 3, 1)), 1_960, false)),
                Map.of("ameli-patients", "Assurance Maladie — Patients", "ars-zonage-medecins", "ARS — Zonage"),
                FILED);
    }
}
