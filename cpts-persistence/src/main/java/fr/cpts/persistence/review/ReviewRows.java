package fr.cpts.persistence.review;

import fr.cpts.domain.account.Actor;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.review.AssessmentDecision;
import fr.cpts.domain.review.IndicatorAssessment;
import fr.cpts.domain.review.IndicatorDeclaration;
import fr.cpts.domain.review.ReviewEvidence;
import fr.cpts.domain.review.ReviewMove;
import fr.cpts.domain.review.ReviewState;
import fr.cpts.domain.review.VersionedReview;
import fr.cpts.domain.review.YearlyReview;
import fr.cpts.domain.shared.lifecycle.Step;
import fr.cpts.persistence.database.Decimals;
import fr.cpts.persistence.shared.JsonRows;
import fr.cpts.persistence.shared.JsonRows.JsonRow;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A yearly review's rows as the adapter reads them back (the review with its indicators and history aggregated in its
 * row, its evidence) and writes them (its indicators and history as parallel columns for {@code unnest}).
 */
final class ReviewRows {

    private ReviewRows() {}

    /** A review as the adapter's select gives it, its indicators and history aggregated in its row. */
    static VersionedReview review(ResultSet row) throws SQLException {
        List<String> names = new ArrayList<>();
        Map<String, IndicatorDeclaration> declarations = new LinkedHashMap<>();
        Map<String, IndicatorAssessment> assessments = new LinkedHashMap<>();
        for (JsonRow indicator : JsonRows.of(row.getString("indicators"))) {
            String name = indicator.text("name");
            names.add(name);
            BigDecimal declared = indicator.decimal("declared");
            if (declared != null) {
                declarations.put(
                        name, new IndicatorDeclaration(Decimals.asEntered(declared), indicator.text("comment")));
            }
            String decision = indicator.text("decision");
            if (decision != null) {
                assessments.put(
                        name,
                        new IndicatorAssessment(
                                AssessmentDecision.valueOf(decision),
                                Decimals.asEntered(indicator.decimal("retained")),
                                indicator.text("reason")));
            }
        }
        List<Step<ReviewMove, ReviewState>> timeline = JsonRows.of(row.getString("timeline")).stream()
                .map(step -> new Step<>(
                        ReviewMove.valueOf(step.text("move")),
                        ReviewState.valueOf(step.text("from")),
                        ReviewState.valueOf(step.text("to")),
                        actor(step),
                        step.instant("at"),
                        step.text("indicator"),
                        step.text("reason")))
                .toList();
        return new VersionedReview(
                YearlyReview.restore(
                        new CptsId(row.getLong("cpts_id")),
                        row.getInt("contract_version"),
                        row.getInt("contract_year"),
                        names,
                        declarations,
                        assessments,
                        ReviewState.valueOf(row.getString("state")),
                        row.getBoolean("crisis_declared"),
                        timeline,
                        row.getTimestamp("opened_at").toInstant()),
                row.getLong("version"));
    }

    /** The indicators as six parallel columns, in the contract's order. */
    static List<String[]> indicatorColumns(YearlyReview review) {
        List<String> names = review.indicators();
        String[][] columns = new String[6][names.size()];
        for (int i = 0; i < names.size(); i++) {
            IndicatorDeclaration declared = review.declaration(names.get(i)).orElse(null);
            IndicatorAssessment assessed = review.assessment(names.get(i)).orElse(null);
            columns[0][i] = names.get(i);
            columns[1][i] = declared == null ? null : declared.value().toPlainString();
            columns[2][i] = declared == null ? null : declared.comment();
            columns[3][i] = assessed == null ? null : assessed.decision().name();
            columns[4][i] = assessed == null ? null : assessed.retainedValue().toPlainString();
            columns[5][i] = assessed == null ? null : assessed.reason();
        }
        return List.of(columns);
    }

    /** The history as nine parallel columns, in order. */
    static List<String[]> stepColumns(List<Step<ReviewMove, ReviewState>> timeline) {
        String[][] columns = new String[9][timeline.size()];
        for (int i = 0; i < timeline.size(); i++) {
            Step<ReviewMove, ReviewState> step = timeline.get(i);
            columns[0][i] = step.move().name();
            columns[1][i] = step.from().name();
            columns[2][i] = step.to().name();
            columns[3][i] = step.actor().username();
            columns[4][i] = step.actor().displayName();
            columns[5][i] = step.actor().role().name();
            columns[6][i] = step.at().toString();
            columns[7][i] = step.subject();
            columns[8][i] = step.reason();
        }
        return List.of(columns);
    }

    static ReviewEvidence evidence(JsonRow row) {
        return new ReviewEvidence(
                row.number("id"),
                row.text("indicator"),
                row.text("filename"),
                row.number("size"),
                actor(row),
                row.instant("uploaded_at"));
    }

    static Actor actor(JsonRow row) {
        return new Actor(row.text("username"), row.text("display_name"), Role.valueOf(row.text("role")));
    }
}
