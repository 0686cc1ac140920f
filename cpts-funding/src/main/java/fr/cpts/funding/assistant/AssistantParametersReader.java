package fr.cpts.funding.assistant;

import fr.cpts.funding.ruleset.ClasspathRuleSetSource;
import fr.cpts.funding.ruleset.ParametersReader;
import fr.cpts.funding.ruleset.RuleSetNode;
import fr.cpts.funding.ruleset.RuleSetSource;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Reads the {@code parameters} of a medical-assistant rule-set file (format described in the module README). */
public final class AssistantParametersReader implements ParametersReader<AssistantParameters> {

    /** Family name of the medical-assistant rule sets in {@code index.json}. */
    public static final String FAMILY = "assistant-medical";

    /** The medical-assistant rule sets shipped on the classpath. */
    public static RuleSetSource<AssistantParameters> shippedRuleSets() {
        return new ClasspathRuleSetSource<>(FAMILY, new AssistantParametersReader());
    }

    @Override
    public AssistantParameters read(RuleSetNode parameters) {
        List<OptionTerms> options = parameters.objects("options").stream()
                .map(AssistantParametersReader::option)
                .toList();
        RuleSetNode eligibility = parameters.object("eligibility");
        return AssistantParameters.of(
                options,
                parameters.parameter(
                        "revaluesRunningContracts",
                        "revalorisation des contrats en cours à leur date anniversaire",
                        RuleSetNode::flag),
                new EligibilityRules(
                        specialtyRule(eligibility),
                        eligibility.text("generalPracticeSpecialty"),
                        eligibility.parameter(
                                "groupedPracticeMinimumDoctors",
                                "nombre minimal de médecins en exercice regroupé",
                                RuleSetNode::wholeNumber),
                        eligibility.parameter(
                                "generalPractitionerMedecinTraitantPatientsAbove",
                                "seuil de patients adultes médecin traitant des généralistes",
                                RuleSetNode::wholeNumber),
                        eligibility.parameter(
                                "specialistPercentileAbove",
                                "percentile de file active des spécialistes",
                                RuleSetNode::wholeNumber),
                        eligibility.parameter(
                                "coordinatedPracticeDelayYears",
                                "délai d'engagement dans l'exercice coordonné",
                                RuleSetNode::wholeNumber),
                        eligibility.has("derogations")
                                ? eligibility.objects("derogations").stream()
                                        .map(AssistantParametersReader::derogation)
                                        .toList()
                                : List.of()),
                commitments(parameters.object("commitments")));
    }

    private static CommitmentRules commitments(RuleSetNode node) {
        RuleSetNode missed = node.object("missedCommitment");
        try {
            return new CommitmentRules(
                    node.parameter(
                            "fromYear",
                            "année à partir de laquelle l'engagement du médecin s'applique",
                            RuleSetNode::wholeNumber),
                    node.objects("increaseRanges").stream()
                            .map(range -> {
                                AssistantOption option = AssistantOption.fromCode(range.text("option"));
                                String prefix = "option " + option.label() + " : augmentation de patientèle ";
                                return new CommitmentRules.IncreaseRange(
                                        option,
                                        range.parameter("minimum", prefix + "minimale", RuleSetNode::wholeNumber),
                                        range.parameter("maximum", prefix + "maximale", RuleSetNode::wholeNumber));
                            })
                            .collect(Collectors.toMap(CommitmentRules.IncreaseRange::option, range -> range)),
                    new CommitmentRules.MissedCommitmentRule(
                            CommitmentRules.Modulation.valueOf(missed.text("rule")),
                            missed.flag("confirmed"),
                            missed.text("source")));
        } catch (IllegalArgumentException unknown) {
            throw node.invalid("règle d'engagement inconnue (" + unknown.getMessage() + ")");
        }
    }

    private static DerogationRule derogation(RuleSetNode node) {
        try {
            return new DerogationRule(
                    Derogation.valueOf(node.text("derogation")),
                    EligibilityCriterion.valueOf(node.text("waives")),
                    node.flag("decisionRequired"),
                    node.text("outcome"),
                    node.text("source"));
        } catch (IllegalArgumentException unknown) {
            throw node.invalid("dérogation ou critère inconnu (" + unknown.getMessage() + ")");
        }
    }

    /** The 2019 priority groups ({@code group1}, {@code group2}) or the 2024 list of exclusions. */
    private static SpecialtyRule specialtyRule(RuleSetNode eligibility) {
        if (eligibility.has("group1")) {
            return new SpecialtyRule.PriorityGroups(
                    eligibility.parameter("group1", "spécialités du groupe 1", AssistantParametersReader::specialties),
                    eligibility.parameter("group2", "spécialités du groupe 2", AssistantParametersReader::specialties));
        }
        return new SpecialtyRule.AllSpecialtiesExcept(
                eligibility.parameter(
                        "excludedSpecialties", "spécialités exclues", AssistantParametersReader::specialties),
                eligibility.parameter(
                        "clinicalFeesSpecialties",
                        "spécialités soumises à une part d'honoraires cliniques",
                        AssistantParametersReader::specialties),
                eligibility.parameter(
                        "minimumClinicalFeesShare", "part minimale d'honoraires cliniques", RuleSetNode::wholeNumber));
    }

    private static OptionTerms option(RuleSetNode node) {
        AssistantOption option = AssistantOption.fromCode(node.text("option"));
        String prefix = "option " + option.label() + " : ";
        List<YearlyAmount> amounts = node.objects("yearlyAmounts").stream()
                .map(entry -> {
                    int fromYear = Math.toIntExact(entry.wholeNumber("fromYear"));
                    return new YearlyAmount(
                            fromYear,
                            entry.parameter(
                                    "amount", prefix + "montant à partir de l'année " + fromYear, RuleSetNode::money));
                })
                .toList();
        List<PatientListRow> largeLists = node.has("patientListRows")
                ? node.objects("patientListRows").stream()
                        .map(entry -> {
                            int fromPercentile = Math.toIntExact(entry.wholeNumber("fromPercentile"));
                            int fromYear = Math.toIntExact(entry.wholeNumber("fromYear"));
                            return new PatientListRow(
                                    fromPercentile,
                                    fromYear,
                                    entry.parameter(
                                            "amount",
                                            prefix + "montant à partir du " + fromPercentile
                                                    + "e percentile de patientèle et de l'année " + fromYear,
                                            RuleSetNode::money));
                        })
                        .toList()
                : List.of();
        return new OptionTerms(
                option,
                amounts,
                largeLists,
                node.has("closedToContractsSignedFrom")
                        ? Optional.of(node.parameter(
                                "closedToContractsSignedFrom",
                                prefix + "fermeture aux nouveaux contrats",
                                RuleSetNode::date))
                        : Optional.empty(),
                node.parameter("underServedZoneOnly", prefix + "réservée aux zones sous-denses", RuleSetNode::flag));
    }

    private static List<Specialty> specialties(RuleSetNode node, String field) {
        return node.objects(field).stream()
                .map(specialty -> new Specialty(specialty.text("code"), specialty.text("label")))
                .toList();
    }
}
