package fr.cpts.funding.aci;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpts.domain.money.Money;
import fr.cpts.funding.ruleset.Parameter;
import java.time.LocalDate;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AciCeilingsTest {

    private static final AciSimulator SIMULATOR = AciSimulator.withShippedRuleSets();
    private static final LocalDate UNDER_2019 = LocalDate.of(2020, 6, 1);
    private static final LocalDate UNDER_AVENANT_2 = LocalDate.of(2022, 3, 31);

    private static Function<AciCeilings, Parameter<Money>> value(String name) {
        return switch (name) {
            case "functioning" -> AciCeilings::functioning;
            case "missionsMaximum" -> AciCeilings::missionsMaximum;
            case "totalMaximum" -> AciCeilings::totalMaximum;
            default -> throw new IllegalArgumentException(name);
        };
    }

    @ParameterizedTest(name = "ACI 2019, {0} habitants, {1} = {2}")
    @CsvSource({
        "20000, functioning, 50000",
        "60000, functioning, 60000",
        "100000, functioning, 75000",
        "200000, functioning, 90000",
        "20000, missionsMaximum, 170000",
        "60000, missionsMaximum, 227000",
        "100000, missionsMaximum, 295000",
        "200000, missionsMaximum, 340000",
        "20000, totalMaximum, 220000",
        "60000, totalMaximum, 287000",
        "100000, totalMaximum, 370000",
        "200000, totalMaximum, 450000"
    })
    void reproducesEveryCellOfTheAci2019Table(long population, String parameter, long euros) {
        AciCeilings ceilings = SIMULATOR.ceilings(population, UNDER_2019);
        assertThat(ceilings.ruleSetName()).isEqualTo("ACI 2019");
        assertThat(value(parameter).apply(ceilings).value()).contains(Money.euros(euros));
    }

    @ParameterizedTest(name = "avenant 2, {0} habitants, {1} = {2}")
    @CsvSource({
        "20000, functioning, 87500",
        "60000, functioning, 105000",
        "100000, functioning, 131250",
        "200000, functioning, 157500",
        "200000, totalMaximum, 580000"
    })
    void reproducesTheKnownAvenant2Amounts(long population, String parameter, long euros) {
        AciCeilings ceilings = SIMULATOR.ceilings(population, UNDER_AVENANT_2);
        assertThat(ceilings.ruleSetName()).isEqualTo("ACI avenant 2");
        assertThat(value(parameter).apply(ceilings).value()).contains(Money.euros(euros));
    }

    @ParameterizedTest(name = "avenant 2, {0} habitants, {1} inconnu")
    @CsvSource({
        "20000, missionsMaximum",
        "60000, missionsMaximum",
        "100000, missionsMaximum",
        "200000, missionsMaximum",
        "20000, totalMaximum",
        "60000, totalMaximum",
        "100000, totalMaximum"
    })
    void leavesTheAvenant2ValuesNotFoundUnknownRatherThanZero(long population, String parameter) {
        Parameter<Money> value = value(parameter).apply(SIMULATOR.ceilings(population, UNDER_AVENANT_2));
        assertThat(value.isKnown()).isFalse();
        assertThat(value.value()).isEmpty();
    }

    @Test
    void warnsAboutTheInconsistentT4RowOfTheSeedOnTheAci2019RuleSet() {
        assertThat(SIMULATOR.ceilings(20_000, UNDER_2019).ruleSetWarnings())
                .containsExactly(
                        "Tranche T4 de « ACI 2019 » : fonctionnement 90 000,00 € + plafond des missions 340 000,00 € = 430 000,00 €, "
                                + "différent du total possible 450 000,00 €. Les deux montants sont conservés tels que publiés ; "
                                + "seul le total possible est opposé aux contrats, le dépassement du plafond des missions "
                                + "ne donne qu'un avertissement.");
    }

    @Test
    void warnsAboutEveryUnknownAvenant2Value() {
        assertThat(SIMULATOR.ceilings(20_000, UNDER_AVENANT_2).ruleSetWarnings())
                .hasSize(9)
                .first()
                .isEqualTo(
                        "Tranche T1 de « ACI avenant 2 » : plafond des missions T1 inconnu ([public] plafond des missions après "
                                + "l'avenant 2 non trouvé dans les sources) ; à renseigner par un administrateur.");
    }

    @Test
    void theLetterOfIntentLumpSumIsPublicWhereTheSourcesAgreeAndToConfirmWhereTheyDisagree() {
        AciCeilings small = SIMULATOR.ceilings(20_000, UNDER_AVENANT_2);
        AciCeilings large = SIMULATOR.ceilings(200_000, UNDER_AVENANT_2);

        assertThat(small.letterOfIntentLumpSum().orElseThrow().publicValue()).contains(Money.euros(15_000));
        assertThat(SIMULATOR
                        .ceilings(60_000, UNDER_AVENANT_2)
                        .letterOfIntentLumpSum()
                        .orElseThrow()
                        .publicValue())
                .contains(Money.of("17500"));
        assertThat(large.letterOfIntentLumpSum().orElseThrow().value()).contains(Money.euros(30_000));
        assertThat(large.letterOfIntentLumpSum().orElseThrow().publicValue()).isEmpty();
        assertThat(large.ruleSetWarnings())
                .contains("Tranche T4 de « ACI avenant 2 » : forfait à la validation de la lettre d'intention T4 à "
                        + "confirmer, les sources divergent ([public, sources divergentes] tranche 4 : 30 000 € "
                        + "(Concours médical, fmfpro) ou 25 000 € (lepharmaciendefrance) ; texte final de l'avenant 2 "
                        + "non lu) ; la valeur retenue n'est pas montrée au public, à vérifier par un "
                        + "administrateur.");
        assertThat(SIMULATOR.ceilings(20_000, UNDER_2019).letterOfIntentLumpSum())
                .isEmpty();
    }

    @Test
    void namesTheRuleSetAndItsLegalReference() {
        AciCeilings ceilings = SIMULATOR.ceilings(200_000, UNDER_2019);
        assertThat(ceilings.legalReference().date()).isEqualTo(LocalDate.of(2019, 8, 21));
        assertThat(ceilings.bracket().code()).isEqualTo("T4");
    }
}
