package fr.cpts.persistence.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.dossier.DecisionLetter;
import fr.cpts.domain.dossier.DecisionLetters;
import fr.cpts.domain.dossier.Dossier;
import fr.cpts.domain.dossier.DossierId;
import fr.cpts.domain.dossier.Dossiers;
import fr.cpts.domain.shared.ArchivedDocument;
import fr.cpts.domain.territory.DepartementCode;
import fr.cpts.domain.territory.RegionCode;
import fr.cpts.persistence.PersistenceTest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Decision letters on the real database: numbered per dossier in the order issued, read back byte for byte with their
 * SHA-256, and never changed nor removed once issued (a trigger refuses it).
 */
@PersistenceTest
class JdbcDecisionLettersTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);
    private static final byte[] PDF = "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    DecisionLetters letters;

    @Autowired
    Dossiers dossiers;

    @Autowired
    CptsRecords records;

    @Autowired
    JdbcTemplate jdbc;

    DossierId dossier;
    DossierId other;

    @BeforeEach
    void createDossiers() {
        for (int i = 0; i < 2; i++) {
            var cpts = records.create(
                    "CPTS Courriers " + i + " " + System.nanoTime(), new RegionCode("75"), new DepartementCode("33"));
            DossierId id = dossiers.save(Dossier.startLetterOfIntent(cpts.id(), NOW))
                    .id()
                    .orElseThrow();
            if (i == 0) {
                dossier = id;
            } else {
                other = id;
            }
        }
    }

    @Test
    void lettersAreNumberedPerDossierAndReadBackAsIssued() {
        DecisionLetter first =
                letters.issue(dossier, "Demande de corrections", ArchivedDocument.issue("a.pdf", PDF, NOW));
        DecisionLetter onOther = letters.issue(other, "Validation", ArchivedDocument.issue("c.pdf", PDF, NOW));
        DecisionLetter second = letters.issue(dossier, "Validation", ArchivedDocument.issue("b.pdf", PDF, NOW));

        assertThat(first.number()).isEqualTo(1);
        assertThat(second.number()).isEqualTo(2);
        assertThat(onOther.number()).isEqualTo(1);
        assertThat(letters.of(dossier)).containsExactly(first, second);
        ArchivedDocument read = letters.document(dossier, 2).orElseThrow();
        assertThat(read.content()).isEqualTo(PDF);
        assertThat(read.sha256()).isEqualTo(ArchivedDocument.sha256Of(PDF)).isEqualTo(second.sha256());
        assertThat(read.filename()).isEqualTo("b.pdf");
        assertThat(letters.document(dossier, 3)).isEmpty();
    }

    @Test
    void aLetterIssuedIsNeverChangedNorRemoved() {
        letters.issue(dossier, "Refus", ArchivedDocument.issue("refus.pdf", PDF, NOW));

        assertThatThrownBy(() -> inSavepoint(
                        "update dossier_decision_letter set title = 'Validation' where dossier_id = ?",
                        dossier.value()))
                .hasMessageContaining("ne peut être ni modifié ni supprimé");
        assertThatThrownBy(
                        () -> inSavepoint("delete from dossier_decision_letter where dossier_id = ?", dossier.value()))
                .hasMessageContaining("ne peut être ni modifié ni supprimé");
        assertThat(letters.of(dossier)).singleElement().satisfies(letter -> assertThat(letter.title())
                .isEqualTo("Refus"));
    }

    private void inSavepoint(String sql, Object... arguments) throws SQLException {
        Connection connection = DataSourceUtils.getConnection(jdbc.getDataSource());
        Savepoint savepoint = connection.setSavepoint();
        try {
            jdbc.update(sql, arguments);
        } finally {
            connection.rollback(savepoint);
        }
    }
}
