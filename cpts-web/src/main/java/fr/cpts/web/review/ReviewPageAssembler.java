package fr.cpts.web.review;

import fr.cpts.domain.account.Account;
import fr.cpts.domain.contract.ContractChanges;
import fr.cpts.domain.contract.ContractMission;
import fr.cpts.domain.contract.Indicator;
import fr.cpts.domain.review.ReviewEvidence;
import fr.cpts.domain.review.ReviewFiles;
import fr.cpts.domain.review.ReviewMove;
import fr.cpts.domain.review.ReviewState;
import fr.cpts.domain.review.YearlyReview;
import fr.cpts.funding.contract.ContractFunding;
import fr.cpts.funding.contract.PaymentStatement;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Builds the page of one yearly review for the person who reads it: each indicator with its terms in the contract
 * (how it pays, in French), the declaration, the assessment and the evidence, the moves this person may make, and
 * while it is open, the statement its current values would give.
 */
@Component
class ReviewPageAssembler {

    private final ContractFunding funding;

    ReviewPageAssembler(ContractFunding funding) {
        this.funding = funding;
    }

    /** The page of a review located with its files ({@link ReviewLocator#locateWithFiles}). */
    ReviewPage page(Account person, LocatedReview at) {
        YearlyReview review = at.review();
        ReviewFiles files = at.files().orElseThrow(() -> new IllegalStateException("Revue lue sans ses fichiers"));
        Map<String, List<ReviewEvidence>> evidence = files.evidence().stream()
                .collect(Collectors.groupingBy(ReviewEvidence::indicator, LinkedHashMap::new, Collectors.toList()));
        Map<String, IndicatorTerms> terms = new LinkedHashMap<>();
        for (ContractMission mission : at.contract().terms().missions()) {
            for (Indicator indicator : mission.indicators()) {
                terms.put(indicator.name(), new IndicatorTerms(mission, indicator));
            }
        }
        List<ReviewPage.IndicatorLine> lines = new ArrayList<>();
        List<String> names = review.indicators();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            IndicatorTerms term = terms.get(name);
            lines.add(new ReviewPage.IndicatorLine(
                    i,
                    name,
                    term == null ? "" : term.mission().mission().label(),
                    term == null ? "" : IndicatorValues.shown(term.indicator().baseline()),
                    term == null ? "" : IndicatorValues.shown(term.indicator().target()),
                    term == null ? "" : ContractChanges.reward(term.indicator().reward()),
                    review.declaration(name).orElse(null),
                    review.assessment(name).orElse(null),
                    evidence.getOrDefault(name, List.of())));
        }
        Set<ReviewMove> moves = review.availableMoves(person.role());
        return new ReviewPage(
                person.role(),
                at.cpts(),
                at.contract(),
                review,
                at.version(),
                at.yearStart(),
                at.yearEnd(),
                lines,
                moves,
                review.state() == ReviewState.CLOSED && files.statementIssued(),
                review.state() == ReviewState.CLOSED ? Optional.empty() : Optional.of(projection(at, lines)));
    }

    /** The statement of the year from the retained values, else the declared ones (an indicator with neither: none). */
    private PaymentStatement projection(LocatedReview at, List<ReviewPage.IndicatorLine> lines) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        lines.forEach(line -> line.provisionalValue().ifPresent(value -> values.put(line.name(), value)));
        return funding.whatIf(
                at.contract().terms(),
                at.contract().signatureDate(),
                at.contract().terms().population(),
                at.year(),
                values,
                at.review().crisisDeclared(),
                at.starts());
    }

    private record IndicatorTerms(ContractMission mission, Indicator indicator) {}
}
