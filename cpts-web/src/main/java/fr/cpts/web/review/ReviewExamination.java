package fr.cpts.web.review;

import fr.cpts.domain.account.Account;
import fr.cpts.domain.account.Actor;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.review.IndicatorAssessed;
import fr.cpts.domain.review.ReviewMoved;
import fr.cpts.domain.review.StatementIssued;
import fr.cpts.domain.review.YearlyReview;
import fr.cpts.domain.review.YearlyReviews;
import fr.cpts.domain.shared.ArchivedDocument;
import fr.cpts.domain.shared.DomainException;
import fr.cpts.funding.contract.ContractFunding;
import fr.cpts.funding.contract.PaymentStatement;
import fr.cpts.web.document.ContractPdfs;
import fr.cpts.web.document.PdfDocument;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the CPAM officer does on a filed yearly review of their départements: accept or adjust its indicators, send
 * the declaration back for corrections, close the review. Closing computes the year's payment statement from the
 * accepted values and, once the review is saved (after the optimistic check), records its figures, renders its PDF
 * and archives it with
 * its SHA-256, in the same transaction: all of it, or nothing.
 */
@Service
@Transactional
public class ReviewExamination {

    private final ReviewLocator locator;
    private final YearlyReviews reviews;
    private final ContractFunding funding;
    private final ContractPdfs pdfs;
    private final RecordedStatements recorded;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewExamination(
            ReviewLocator locator,
            YearlyReviews reviews,
            ContractFunding funding,
            ContractPdfs pdfs,
            RecordedStatements recorded,
            ApplicationEventPublisher events,
            Clock clock) {
        this.locator = locator;
        this.reviews = reviews;
        this.funding = funding;
        this.pdfs = pdfs;
        this.recorded = recorded;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records the decisions of the review's table, all or none: each row accepts the declared value of its indicator
     * or retains another value with its reason; a row without a decision is left as it is, a row repeating the decision
     * recorded changes nothing. Returns how many decisions changed.
     */
    public int decide(Account officer, long cptsId, int year, long readVersion, List<Assessment> rows) {
        LocatedReview at = locator.locate(officer, Role.CPAM_OFFICER, cptsId, year);
        at.requireVersion(readVersion);
        YearlyReview review = at.review();
        List<IndicatorAssessed> changed = new ArrayList<>();
        for (Assessment row : rows) {
            decided(review, row, officer).ifPresent(changed::add);
        }
        if (!changed.isEmpty()) {
            reviews.save(review, at.version());
            changed.forEach(events::publishEvent);
        }
        return changed.size();
    }

    /** One row's decision made on the review, if it changes what is recorded. */
    private Optional<IndicatorAssessed> decided(YearlyReview review, Assessment row, Account officer) {
        String name = row.name();
        if (!review.indicators().contains(name)) {
            throw new DomainException("L'indicateur « " + Assessment.shortened(name) + " » ne figure pas au contrat "
                    + "ACI (version " + review.contractVersion() + ") de cette revue annuelle.");
        }
        if (row.decision() == null) {
            if (row.typed()) {
                throw new DomainException("Indicateur « " + name + " » : choisissez d'accepter la valeur déclarée ou "
                        + "de l'ajuster avec la valeur et le motif saisis.");
            }
            return Optional.empty();
        }
        if (row.decision() == IndicatorDecision.ACCEPT) {
            return row.sameAs(review.assessment(name), null, null)
                    ? Optional.empty()
                    : Optional.of(review.accept(name, Actor.of(officer), clock.instant()));
        }
        BigDecimal retained = IndicatorValues.required(row.value(), "la valeur retenue", name);
        String why = IndicatorValues.text(row.reason(), "le motif de l'ajustement", name);
        return row.sameAs(review.assessment(name), retained, why)
                ? Optional.empty()
                : Optional.of(review.adjust(name, retained, why, Actor.of(officer), clock.instant()));
    }

    /** Sends the declaration back to the CPTS, saying what to correct. */
    public void requestCorrections(Account officer, long cptsId, int year, long readVersion, String reason) {
        LocatedReview at = locator.locate(officer, Role.CPAM_OFFICER, cptsId, year);
        at.requireVersion(readVersion);
        String why = IndicatorValues.text(reason, "le motif de la demande de corrections", null);
        ReviewMoved moved = at.review().requestCorrections(Actor.of(officer), clock.instant(), why);
        reviews.save(at.review(), at.version());
        events.publishEvent(moved);
    }

    /** Closes the review and issues the year's payment statement. */
    public PaymentStatement close(Account officer, long cptsId, int year, long readVersion) {
        LocatedReview at = locator.locate(officer, Role.CPAM_OFFICER, cptsId, year);
        at.requireVersion(readVersion);
        YearlyReview review = at.review();
        ReviewMoved closed = review.close(Actor.of(officer), clock.instant());
        PaymentStatement statement = funding.statement(
                at.contract(),
                at.contract().terms().population(),
                year,
                review.acceptedValues(),
                review.crisisDeclared(),
                at.starts());
        reviews.save(review, at.version());
        PdfDocument pdf = pdfs.statement(
                StatementDocuments.of(at.cpts().name(), at.contract().terms().missions(), review, statement));
        ArchivedDocument archived = ArchivedDocument.issue(pdf.filename(), pdf.bytes(), closed.at());
        reviews.archiveStatement(at.cpts().id(), year, archived, Optional.of(recorded.write(statement)));
        events.publishEvent(closed);
        events.publishEvent(new StatementIssued(
                at.cpts().id(),
                year,
                closed.step(),
                statement.fixedPartDue().amount(),
                statement.variablePartEarned().amount(),
                statement.advancesPaid().amount(),
                statement.balanceDue().amount(),
                archived.filename(),
                archived.sha256()));
        return statement;
    }
}
