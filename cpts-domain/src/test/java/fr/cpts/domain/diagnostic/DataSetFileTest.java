package fr.cpts.domain.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cpts.domain.territory.InseeCode;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataSetFileTest {

    private static List<CommuneValues> read(String source, String content) {
        return DataSetFile.read(TestCatalogue.catalogue(), source, new StringReader(content));
    }

    private static List<String> problems(String source, String content) {
        try {
            read(source, content);
        } catch (DataSetRefused refused) {
            return refused.problems().stream().map(Object::toString).toList();
        }
        throw new AssertionError("the file was not refused");
    }

    @Test
    void readsAFileWrittenByFrenchExcelWithItsBomSemicolonsAndDecimalCommas() {
        List<CommuneValues> communes =
                read("drees-apl", "\uFEFFcode_insee;apl_mg\r\n33063;3,4\r\n33529;2,15\r\n\r\n2A004;1\r\n");

        assertThat(communes)
                .extracting(CommuneValues::commune)
                .containsExactly(new InseeCode("33063"), new InseeCode("33529"), new InseeCode("2A004"));
        assertThat(communes.get(1).numbers()).containsEntry("apl_mg", new BigDecimal("2.15"));
        assertThat(communes.get(2).line()).isEqualTo(5);
    }

    @Test
    void readsCommasAsSeparatorsWithDecimalPoints() {
        List<CommuneValues> communes = read("drees-apl", "code_insee,apl_mg\n33063,3.4\n");

        assertThat(communes.get(0).numbers()).containsEntry("apl_mg", new BigDecimal("3.4"));
    }

    @Test
    void anEmptyValueIsNoValueNotZero() {
        List<CommuneValues> communes =
                read("ameli-patients", "code_insee;patients_consommants;patients_sans_mt\n33063;1200;\n");

        assertThat(communes.get(0).numbers()).containsOnlyKeys("patients_consommants");
    }

    @Test
    void readsZonesInAnyCase() {
        List<CommuneValues> communes =
                read("ars-zonage-medecins", "code_insee;zonage_medecins\n33063;zip\n33529;HORS\n");

        assertThat(communes.get(0).zones()).containsEntry("zonage_medecins", Zone.ZIP);
        assertThat(communes.get(1).zones()).containsEntry("zonage_medecins", Zone.HORS);
    }

    @Test
    void listsEveryBadLineWithItsNumber() {
        assertThat(problems(
                        "ameli-patients",
                        "code_insee;patients_consommants;patients_sans_mt\n"
                                + "33063;1200;150\n"
                                + "3306;10;1\n"
                                + "33529;abc;12\n"
                                + "33063;5;1\n"
                                + "33009;-4;2\n"
                                + "33010;12,5;2\n"
                                + "33011;12\n"))
                .containsExactly(
                        "Ligne 3 : « 3306 » n'est pas un code INSEE de commune",
                        "Ligne 4 : colonne patients_consommants, « abc » n'est pas un nombre",
                        "Ligne 5 : la commune 33063 figure déjà ligne 2",
                        "Ligne 6 : colonne patients_consommants, « -4 » est négatif",
                        "Ligne 7 : colonne patients_consommants, « 12,5 » n'est pas un nombre entier (un effectif)",
                        "Ligne 8 : 2 valeurs au lieu de 3 (une par colonne)");
    }

    @Test
    void refusesAHeaderThatIsNotTheSourcesSchema() {
        assertThat(problems("drees-apl", "commune;apl_mg;apl_dentistes;apl_mg\n33063;1;2;3\n"))
                .containsExactly(
                        "Ligne 1 : la première colonne doit être « code_insee »",
                        "Ligne 1 : la colonne « apl_dentistes » n'est pas un indicateur de cette source (colonnes "
                                + "possibles : apl_mg)",
                        "Ligne 1 : la colonne « apl_mg » est donnée deux fois");
    }

    @Test
    void refusesAnEmptyFileAndAHeaderWithoutCommunes() {
        assertThat(problems("drees-apl", ""))
                .containsExactly("Le fichier est vide : la première ligne doit nommer les colonnes.");
        assertThat(problems("drees-apl", "code_insee;apl_mg\n"))
                .containsExactly("Le fichier ne contient aucune ligne de commune.");
    }

    @Test
    void refusesAnUnknownZone() {
        assertThat(problems("ars-zonage-medecins", "code_insee;zonage_medecins\n33063;ZRR\n"))
                .containsExactly(
                        "Ligne 2 : colonne zonage_medecins, « ZRR » n'est pas une zone (ZIP, ZAC ou HORS attendu)");
    }

    @Test
    void aRefusalSaysHowManyErrorsAndThatNothingWasImported() {
        assertThatThrownBy(() -> read("drees-apl", "code_insee;apl_mg\nx;1\ny;2\n"))
                .hasMessage("Le fichier est refusé : 2 erreurs, rien n'a été importé.");
    }
}
