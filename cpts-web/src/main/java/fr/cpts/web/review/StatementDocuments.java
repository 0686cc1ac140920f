package fr.cpts.web.review;

import fr.cpts.domain.account.Actor;
import fr.cpts.domain.contract.ContractMission;
import fr.cpts.domain.contract.Indicator;
import fr.cpts.domain.money.Money;
import fr.cpts.domain.review.IndicatorAssessment;
import fr.cpts.domain.review.ReviewMove;
import fr.cpts.domain.review.ReviewState;
import fr.cpts.domain.review.YearlyReview;
import fr.cpts.domain.shared.lifecycle.Step;
import fr.cpts.funding.contract.MissionStatement;
import fr.cpts.funding.contract.PaymentStatement;
import fr.cpts.funding.explanation.Explanation;
import fr.cpts.web.FrenchFormats;
import fr.cpts.web.document.StatementDocument;
import fr.cpts.web.document.StatementDocument.FixedLine;
import fr.cpts.web.document.StatementDocument.VariableLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The payment statement of a closed review as its PDF shows it: the fixed part line by line (functioning, then each
 * mission), each indicator as declared and as retained with what it earned and why, and the totals, all taken from the
 * funding engine's statement (never summed again here).
 */
final class StatementDocuments {

    private StatementDocuments() {}

    static StatementDocument of(
            String cptsName, List<ContractMission> missions, YearlyReview review, PaymentStatement statement) {
        Step<ReviewMove, ReviewState> closing = review.timeline().stream()
                .filter(step -> step.move() == ReviewMove.CLOSE)
                .reduce((first, second) -> second)
                .orElseThrow(() -> new IllegalStateException("Revue non clôturée"));
        List<FixedLine> fixed = new ArrayList<>();
        fixed.add(new FixedLine(
                statement.functioning().label(), statement.functioning().amount()));
        statement
                .missions()
                .forEach(mission -> fixed.add(new FixedLine(
                        mission.fixedPartDue().label(), mission.fixedPartDue().amount())));
        List<VariableLine> variable = new ArrayList<>();
        for (ContractMission mission : missions) {
            MissionStatement earned = statement.missions().stream()
                    .filter(m -> m.mission() == mission.mission())
                    .findFirst()
                    .orElse(null);
            for (Indicator indicator : mission.indicators()) {
                variable.add(line(indicator.name(), review, earned));
            }
        }
        return new StatementDocument(
                cptsName,
                review.contractVersion(),
                review.contractYear(),
                statement.yearStart(),
                statement.yearEnd().minusDays(1),
                statement.ruleSetName(),
                fixed,
                variable,
                statement.fixedPartDue().amount(),
                statement.variablePartEarned().amount(),
                statement.totalDue().amount(),
                statement.advancesPaid().amount(),
                statement.balanceDue().amount(),
                closing.at().atZone(FrenchFormats.PARIS).toLocalDate(),
                closedBy(closing.actor()));
    }

    private static VariableLine line(String name, YearlyReview review, MissionStatement mission) {
        IndicatorAssessment assessment = review.assessment(name).orElseThrow();
        String declared = review.declaration(name)
                .map(d -> IndicatorValues.shown(d.value()))
                .orElse("—");
        Optional<Explanation> explanation = mission == null
                ? Optional.empty()
                : mission.indicators().stream()
                        .filter(e -> e.label().equals(name))
                        .findFirst();
        Money earned = explanation.map(Explanation::amount).orElse(Money.ZERO);
        String why = explanation
                .map(Explanation::arithmetic)
                .filter(text -> !text.isBlank())
                .orElseGet(() -> withoutIndicators(mission));
        return new VariableLine(
                name,
                declared.isBlank() ? "—" : declared,
                IndicatorValues.shown(assessment.retainedValue()),
                assessment.decision(),
                assessment.reason(),
                earned,
                why);
    }

    /** Why an indicator earns nothing: its mission had not started, or pays only with a declared crisis. */
    private static String withoutIndicators(MissionStatement mission) {
        if (mission == null) {
            return "Mission absente du décompte de l'année : rien n'est dû.";
        }
        String arithmetic = mission.variablePartEarned().arithmetic();
        return arithmetic.isBlank()
                ? mission.variablePartEarned().label() + " : "
                        + mission.variablePartEarned().amount()
                : arithmetic;
    }

    private static String closedBy(Actor actor) {
        return actor.displayName() + " (" + actor.role().label() + ")";
    }
}
