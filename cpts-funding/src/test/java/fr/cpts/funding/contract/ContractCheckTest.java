package fr.cpts.funding.contract;

import static fr.cpts.funding.contract.ContractExamples.POPULATION;
import static fr.cpts.funding.contract.ContractExamples.SIGNED_ON;
import static fr.cpts.funding.contract.ContractExamples.binary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cpts.domain.contract.ContractMission;
import fr.cpts.domain.contract.ContractTerms;
import fr.cpts.domain.mission.Mission;
import fr.cpts.domain.money.Money;
import fr.cpts.domain.money.Percentage;
import fr.cpts.funding.FundingRefusal;
import fr.cpts.funding.aci.AciParameters;
import fr.cpts.funding.aci.AciSimulator;
import fr.cpts.funding.aci.BracketAmounts;
import fr.cpts.funding.aci.PopulationBracket;
import fr.cpts.funding.aci.PopulationBrackets;
import fr.cpts.funding.ruleset.EffectivePeriod;
import fr.cpts.funding.ruleset.LegalReference;
import fr.cpts.funding.ruleset.Parameter;
import fr.cpts.funding.ruleset.RuleSet;
import fr.cpts.funding.ruleset.RuleSets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ContractCheckTest {

    private static final ContractCheck CHECK = new ContractCheck(AciSimulator.withShippedRuleSets());
    /** Under « ACI 2019 », whose T2 ceilings are known: missions 227 000 €, total 287 000 € (functioning 60 000 €). */
    private static final LocalDate SIGNED_2021 = LocalDate.of(2021, 1, 4);

    @Test
    void acceptsTheExampleAndGivesTheBracketAndCeilingsUsed() {
        ContractCheckResult result = CHECK.check(ContractExamples.terms(), SIGNED_ON, POPULATION);

        assertThat(result.accepted()).isTrue();
        assertThat(result.refusals()).isEmpty();
        assertThat(result.bracket()).map(PopulationBracket::code).hasValue("T2");
        assertThat(result.ceilings()).hasValueSatisfying(ceilings -> {
            assertThat(ceilings.ruleSetName()).isEqualTo("ACI avenant 2");
            assertThat(ceilings.functioning().value()).hasValue(Money.euros(105_000));
            assertThat(ceilings.totalMaximum().isKnown()).isFalse();
        });
    }

    @Test
    void warnsThatUnknownCeilingsCouldNotBeChecked() {
        // missions without crisis: fixed 115 000 + variable 14 000 + 10 000 + 3 500 = 142 500; + functioning 105 000
        assertThat(CHECK.check(ContractExamples.terms(), SIGNED_ON, POPULATION).warnings())
                .containsExactly(
                        "Plafond des missions de la tranche T2 inconnu dans « ACI avenant 2 » : le montant annuel des missions "
                                + "(142 500,00 €) n'a pas pu être vérifié.",
                        "Total possible de la tranche T2 inconnu dans « ACI avenant 2 » : le financement annuel "
                                + "(247 500,00 €) n'a pas pu être vérifié.");
    }

    @Test
    void refusesABracketThatIsNotThePopulationsNamingBothAndThePopulation() {
        ContractCheckResult result =
                CHECK.check(ContractExamples.terms("T3", ContractExamples.missions()), SIGNED_ON, POPULATION);

        assertThat(result.accepted()).isFalse();
        assertThat(result.refusals())
                .containsExactly("La tranche inscrite au contrat (T3) n'est pas celle de la "
                        + "population couverte : 60 000 habitants relèvent de la tranche T2 selon « ACI avenant 2 » "
                        + "(T2 : au moins 40 000 et au plus 80 000 habitants).");
        assertThat(result.bracket()).map(PopulationBracket::code).hasValue("T2");
    }

    @Test
    void listsEveryProblemAtOnceWhenTheCeilingsAreExceeded() {
        ContractTerms terms = new ContractTerms(
                "T3",
                POPULATION,
                List.of(
                        mission(Mission.ACCES_SOINS, SIGNED_2021, 150_000, binary("SNP", "40", "60", 30_000)),
                        mission(Mission.PARCOURS, LocalDate.of(2020, 12, 1), 40_000),
                        mission(Mission.PREVENTION, SIGNED_2021, 20_000),
                        mission(Mission.CRISES_SANITAIRES, SIGNED_2021, 10_000)));

        ContractCheckResult result = CHECK.check(terms, SIGNED_2021, POPULATION);

        // missions: 150 000 + 30 000 + 40 000 + 20 000 + 10 000 = 250 000; with functioning 60 000: 310 000
        assertThat(result.refusals())
                .containsExactly(
                        "La tranche inscrite au contrat (T3) n'est pas celle de la population couverte : 60 000 habitants "
                                + "relèvent de la tranche T2 selon « ACI 2019 » (T2 : au moins 40 000 et au plus 80 000 habitants).",
                        "La mission « Parcours pluriprofessionnels » ne peut pas démarrer le 01/12/2020, avant la signature du "
                                + "contrat le 04/01/2021.",
                        "Le montant annuel des missions (250 000,00 €) dépasse le plafond des missions de la tranche T2 "
                                + "(227 000,00 €) fixé par « ACI 2019 ».",
                        "Le financement annuel (fonctionnement 60 000,00 € + missions 250 000,00 € = 310 000,00 €) dépasse le "
                                + "total possible de la tranche T2 (287 000,00 €) fixé par « ACI 2019 ».");
        assertThatThrownBy(result::requireAccepted)
                .isInstanceOfSatisfying(FundingRefusal.class, refusal -> assertThat(refusal.reasons())
                        .isEqualTo(result.refusals()));
    }

    @Test
    void acceptsWithAWarningACrisisEnvelopeThatWouldExceedTheCeilingsOnlyInACrisisYear() {
        ContractTerms terms = new ContractTerms(
                "T2",
                POPULATION,
                List.of(
                        mission(Mission.ACCES_SOINS, SIGNED_2021, 150_000, binary("SNP", "40", "60", 30_000)),
                        mission(Mission.PARCOURS, SIGNED_2021, 20_000),
                        mission(Mission.PREVENTION, SIGNED_2021, 10_000),
                        mission(
                                Mission.CRISES_SANITAIRES,
                                SIGNED_2021,
                                10_000,
                                binary("Plan de crise", "0", "1", 20_000))));

        ContractCheckResult result = CHECK.check(terms, SIGNED_2021, POPULATION);

        // without crisis: missions 220 000 ≤ 227 000, total 280 000 ≤ 287 000; with the 20 000 € envelope: 240 000 and
        // 300 000
        assertThat(result.accepted()).isTrue();
        assertThat(result.warnings())
                .containsExactly(
                        "Si l'ARS déclare une crise sanitaire grave, l'enveloppe variable de la mission « Réponse aux crises "
                                + "sanitaires graves » (20 000,00 €) s'ajoute et le paiement de l'année serait refusé : le montant "
                                + "annuel des missions (240 000,00 €) dépasse le plafond des missions de la tranche T2 "
                                + "(227 000,00 €) fixé par « ACI 2019 ».",
                        "Si l'ARS déclare une crise sanitaire grave, l'enveloppe variable de la mission « Réponse aux crises "
                                + "sanitaires graves » (20 000,00 €) s'ajoute et le paiement de l'année serait refusé : le "
                                + "financement annuel (fonctionnement 60 000,00 € + missions 240 000,00 € = 300 000,00 €) dépasse "
                                + "le total possible de la tranche T2 (287 000,00 €) fixé par « ACI 2019 ».");
    }

    @Test
    void reportsThatNoRuleSetIsInForceOnTheSignatureDate() {
        ContractCheckResult result = CHECK.check(ContractExamples.terms(), LocalDate.of(2019, 6, 1), POPULATION);

        assertThat(result.refusals())
                .containsExactly("Aucun barème « ACI » n'est en vigueur le 01/06/2019 : le "
                        + "premier, « ACI 2019 », s'applique à partir du 25/08/2019.");
        assertThat(result.ceilings()).isEmpty();
        assertThat(result.bracket()).isEmpty();
    }

    @Test
    void reportsAFunctioningAmountTheRuleSetLeavesUnknown() {
        Parameter<Money> unknown = new Parameter<>("fonctionnement T2", Optional.empty(), "non trouvé");
        AciParameters parameters = AciParameters.of(
                PopulationBrackets.fromUpperLimits(List.of(
                        new PopulationBrackets.UpperLimit("T2", OptionalLong.empty(), false, "tranche unique"))),
                List.of(new BracketAmounts(
                        "T2",
                        unknown,
                        new Parameter<>("plafond", Optional.empty(), "non trouvé"),
                        new Parameter<>("total", Optional.empty(), "non trouvé"))),
                new Parameter<>("avance", Optional.of(Percentage.of(75)), "test"),
                new Parameter<>("durée", Optional.of(5L), "test"),
                Optional.empty());
        AciSimulator simulator = new AciSimulator(() -> new RuleSets<>(
                "ACI",
                List.of(new RuleSet<>(
                        "ACI à compléter",
                        new LegalReference("Texte de test", LocalDate.of(2024, 1, 1)),
                        new EffectivePeriod(LocalDate.of(2024, 1, 1), Optional.empty()),
                        parameters))));

        ContractCheckResult result =
                new ContractCheck(simulator).check(ContractExamples.terms(), SIGNED_ON, POPULATION);

        assertThat(result.refusals())
                .containsExactly(
                        "Fonctionnement – tranche T2 n'est pas connu dans « ACI à "
                                + "compléter » (paramètre fonctionnement T2) : un administrateur doit le renseigner avant tout calcul.");
    }

    private static ContractMission mission(
            Mission mission, LocalDate start, long fixed, fr.cpts.domain.contract.Indicator... indicators) {
        return new ContractMission(mission, start, start.plusMonths(12), Money.euros(fixed), List.of(indicators));
    }
}
