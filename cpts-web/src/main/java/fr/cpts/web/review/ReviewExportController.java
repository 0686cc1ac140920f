package fr.cpts.web.review;

import fr.cpts.domain.review.AssessmentDecision;
import fr.cpts.domain.review.FiledReviewIndicator;
import fr.cpts.web.FrenchFormats;
import fr.cpts.web.export.Column;
import fr.cpts.web.export.Export;
import fr.cpts.web.export.ExportFormat;
import fr.cpts.web.security.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The officers' review list as a file with its indicators ({@code /ars/revues.csv|xlsx}, {@code /cpam/revues…}): one
 * line per indicator of each review, with what the CPTS declared and what the CPAM decided.
 */
@Controller
class ReviewExportController {

    private static final Export<FiledReviewIndicator> EXPORT = new Export<>(
            "revues annuelles",
            List.of(
                    Column.text("CPTS", line -> line.review().cptsName()),
                    Column.text("Département", FiledReviewIndicator::departement),
                    Column.integer("Année du contrat", line -> line.review().contractYear()),
                    Column.text("État", line -> line.review().state().label()),
                    Column.day("Depuis le", line -> line.review().since()),
                    Column.text("Indicateur", line -> line.indicator().orElse(null)),
                    Column.decimal("Valeur de départ", line -> line.baseline().orElse(null)),
                    Column.decimal("Cible", line -> line.target().orElse(null)),
                    Column.decimal("Valeur déclarée", line -> line.declared().orElse(null)),
                    Column.text("Décision de la CPAM", line -> line.decision()
                            .map(AssessmentDecision::label)
                            .orElse(null)),
                    Column.decimal("Valeur retenue", line -> line.retained().orElse(null)),
                    Column.text("Motif de l'ajustement", line -> line.reason().orElse(null))));

    private final ReviewQueries reviews;
    private final Clock clock;

    ReviewExportController(ReviewQueries reviews, Clock clock) {
        this.reviews = reviews;
        this.clock = clock;
    }

    @GetMapping({"/ars/revues.{format}", "/cpam/revues.{format}"})
    void export(@AuthenticationPrincipal SignedInUser user, @PathVariable String format, HttpServletResponse response)
            throws IOException {
        EXPORT.write(
                response,
                ExportFormat.named(format),
                FrenchFormats.today(clock),
                lines -> reviews.eachIndicatorInQueue(user.account(), lines));
    }
}
