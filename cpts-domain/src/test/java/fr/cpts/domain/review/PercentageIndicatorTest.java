package fr.cpts.domain.review;

import static fr.cpts.domain.contract.ContractFixtures.CPAM;
import static fr.cpts.domain.contract.ContractFixtures.CPTS;
import static fr.cpts.domain.contract.ContractFixtures.PORTEUR;
import static fr.cpts.domain.review.YearlyReviewLifecycleTest.MOVE_AT;
import static fr.cpts.domain.review.YearlyReviewLifecycleTest.OPENED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cpts.domain.shared.DomainException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PercentageIndicatorTest {

    private static final String REGULATED = "Demandes de soins non programmés régulées (%)";
    private static final String PATHWAYS = "Parcours pluriprofessionnels formalisés";

    @ParameterizedTest
    @ValueSource(strings = {"-0.01", "-5", "100.0001", "250"})
    void aPercentageOutsideZeroToHundredIsRefusedNamingTheIndicator(String value) {
        YearlyReview review = draft();

        assertThatThrownBy(() -> review.declare(REGULATED, new BigDecimal(value), null, PORTEUR, MOVE_AT))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("« " + REGULATED + " » est un pourcentage")
                .hasMessageContaining("entre 0 et 100");
        assertThat(review.declaration(REGULATED)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "72.5", "100"})
    void aPercentageFromZeroToHundredIsKept(String value) {
        YearlyReview review = draft();

        review.declare(REGULATED, new BigDecimal(value), null, PORTEUR, MOVE_AT);

        assertThat(review.declaration(REGULATED))
                .map(IndicatorDeclaration::value)
                .contains(new BigDecimal(value));
    }

    @Test
    void theCpamCannotRetainAPercentageOutsideZeroToHundredEither() {
        YearlyReview review = draft();
        review.declare(REGULATED, new BigDecimal("72"), null, PORTEUR, MOVE_AT);
        review.declare(PATHWAYS, new BigDecimal("2"), null, PORTEUR, MOVE_AT);
        review.submit(PORTEUR, MOVE_AT);

        assertThatThrownBy(() -> review.adjust(REGULATED, new BigDecimal("-3"), "Recalcul", CPAM, MOVE_AT))
                .isInstanceOf(DomainException.class)
                .hasMessageStartingWith("La valeur retenue de l'indicateur");
    }

    @Test
    void anIndicatorThatIsNotAPercentageKeepsAnyValue() {
        YearlyReview review = draft();

        review.declare(PATHWAYS, new BigDecimal("-2"), null, PORTEUR, MOVE_AT);

        assertThat(review.declaration(PATHWAYS)).isPresent();
    }

    private static YearlyReview draft() {
        return YearlyReview.restore(
                CPTS,
                1,
                1,
                List.of(REGULATED, PATHWAYS),
                Map.of(),
                Map.of(),
                ReviewState.DRAFT,
                false,
                List.of(),
                OPENED);
    }
}
