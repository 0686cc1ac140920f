package fr.cpts.web.document;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cpts.domain.money.Money;
import fr.cpts.domain.review.AssessmentDecision;
import fr.cpts.web.document.StatementDocument.VariableLine;
import org.junit.jupiter.api.Test;

class StatementDocumentTest {

    @Test
    void anIndicatorAdjustedByTheCpamMustSayWhy() {
        assertThatThrownBy(() -> new VariableLine(
                        "Indicateur", "9 %", "10 %", AssessmentDecision.ADJUSTED, " ", Money.ZERO, "Explication"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("doit être motivé");
    }

    @Test
    void anAcceptedIndicatorHasNoAdjustmentReason() {
        assertThatThrownBy(() -> new VariableLine(
                        "Indicateur", "9 %", "9 %", AssessmentDecision.ACCEPTED, "motif", Money.ZERO, "Explication"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
