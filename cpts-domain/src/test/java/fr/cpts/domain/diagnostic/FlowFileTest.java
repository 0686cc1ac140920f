package fr.cpts.domain.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cpts.domain.territory.InseeCode;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FlowFileTest {

    private static final Set<String> SPECIALTIES = Set.of("medecine-generale", "soins-infirmiers");

    @Test
    void readsOneFlowPerLine() {
        List<Flow> flows = FlowFile.read(
                SPECIALTIES,
                new StringReader("commune_residence;commune_exercice;specialite;patients\n"
                        + "33337;33227;medecine-generale;812\n33337;33337;Soins-Infirmiers;40\n"));

        assertThat(flows)
                .containsExactly(
                        new Flow(2, new InseeCode("33337"), new InseeCode("33227"), "medecine-generale", 812),
                        new Flow(3, new InseeCode("33337"), new InseeCode("33337"), "soins-infirmiers", 40));
    }

    @Test
    void listsEveryBadLineAndImportsNothing() {
        assertThatThrownBy(() -> FlowFile.read(
                        SPECIALTIES,
                        new StringReader("commune_residence;commune_exercice;specialite;patients\n"
                                + "33337;33227;medecine-generale;812\n"
                                + "3333;33227;cardiologie;-2\n"
                                + "33337;33227;medecine-generale;5\n")))
                .isInstanceOfSatisfying(DataSetRefused.class, refused -> assertThat(
                                refused.problems().stream().map(Object::toString))
                        .containsExactly(
                                "Ligne 3 : « 3333 » n'est pas un code INSEE de commune",
                                "Ligne 3 : « cardiologie » n'est pas une spécialité suivie (medecine-generale, "
                                        + "soins-infirmiers)",
                                "Ligne 3 : « -2 » n'est pas un nombre entier de patients",
                                "Ligne 4 : ce flux figure déjà ligne 2"));
    }

    @Test
    void refusesAnotherHeader() {
        assertThatThrownBy(() -> FlowFile.read(SPECIALTIES, new StringReader("code_insee;patients\n33337;3\n")))
                .isInstanceOfSatisfying(DataSetRefused.class, refused -> assertThat(
                                refused.problems().get(0).toString())
                        .isEqualTo("Ligne 1 : les colonnes doivent être « commune_residence;commune_exercice;"
                                + "specialite;patients »"));
    }

    @Test
    void aShareOfTheResidentsCareIsHiddenUnderTheSmallCount() {
        Specialty general = new Specialty("medecine-generale", "Médecine générale");

        assertThat(new FlowSummary.SpecialtyFlows(general, 10, 7, List.of(), List.of()).insideShare())
                .isEmpty();
        assertThat(new FlowSummary.SpecialtyFlows(general, 1_200, 780, List.of(), List.of()).insideShare())
                .contains(new BigDecimal("65.0"));
    }
}
