package fr.cpts.web.review;

import fr.cpts.domain.account.Account;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.contract.AciContract;
import fr.cpts.domain.contract.SignedContract;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.review.FiledReview;
import fr.cpts.domain.review.FiledReviewIndicator;
import fr.cpts.domain.review.ReviewQueue;
import fr.cpts.domain.review.ReviewState;
import fr.cpts.domain.review.VersionedReview;
import fr.cpts.domain.review.YearlyReview;
import fr.cpts.domain.review.YearlyReviews;
import fr.cpts.domain.shared.ArchivedDocument;
import fr.cpts.domain.shared.DomainException;
import fr.cpts.domain.shared.PdfFile;
import fr.cpts.domain.shared.page.Page;
import fr.cpts.domain.shared.page.PageRequest;
import fr.cpts.funding.contract.ContractFunding;
import fr.cpts.funding.contract.PaymentStatement;
import fr.cpts.web.FrenchFormats;
import fr.cpts.web.document.StatementDocument;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the three parties read of the yearly reviews: the porteur's five contract years, the officers' queue, a
 * review's page, its evidence, its payment statement (page and archived PDF), and what-if simulations. Nothing here
 * changes anything.
 */
@Service
@Transactional(readOnly = true)
public class ReviewQueries {

    private final ReviewLocator locator;
    private final YearlyReviews reviews;
    private final ReviewQueue queue;
    private final ReviewPageAssembler pages;
    private final ContractFunding funding;
    private final RecordedStatements recorded;
    private final Clock clock;
    private final long maxEvidenceBytes;

    ReviewQueries(
            ReviewLocator locator,
            YearlyReviews reviews,
            ReviewQueue queue,
            ReviewPageAssembler pages,
            ContractFunding funding,
            RecordedStatements recorded,
            Clock clock,
            @Value("${cpts.dossier.attachment-max-bytes:10485760}") long maxEvidenceBytes) {
        this.maxEvidenceBytes = maxEvidenceBytes;
        this.locator = locator;
        this.reviews = reviews;
        this.queue = queue;
        this.pages = pages;
        this.funding = funding;
        this.recorded = recorded;
        this.clock = clock;
    }

    /** The largest evidence PDF accepted, in bytes, as the page says it. */
    public long maxEvidenceBytes() {
        return maxEvidenceBytes;
    }

    /** The five years of the porteur's contract in force, each with its review's state, if it was opened. */
    public ContractYears porteurYears(Account porteur) {
        CptsRecord cpts = locator.own(porteur);
        Optional<SignedContract> contract = locator.signed(cpts).flatMap(AciContract::active);
        if (contract.isEmpty()) {
            return new ContractYears(cpts, Optional.empty(), List.of());
        }
        Map<Integer, ReviewState> states = reviews.ofCpts(List.of(cpts.id())).stream()
                .map(VersionedReview::review)
                .collect(Collectors.toMap(YearlyReview::contractYear, YearlyReview::state));
        LocalDate today = FrenchFormats.today(clock);
        List<ReviewYearRow> years = new ArrayList<>();
        for (int year = 1; year <= YearlyReview.CONTRACT_YEARS; year++) {
            LocalDate start = ReviewLocator.yearStart(contract.get(), year);
            years.add(new ReviewYearRow(
                    year,
                    start,
                    ReviewLocator.yearStart(contract.get(), year + 1).minusDays(1),
                    states.get(year),
                    !today.isBefore(start)));
        }
        return new ContractYears(cpts, contract, years);
    }

    /** The filed reviews of the officer's scope, a page at a time: those awaiting the CPAM first, oldest first. */
    public Page<FiledReview> officerQueue(Account officer, PageRequest page) {
        if (officer.role() != Role.CPAM_OFFICER && officer.role() != Role.ARS_OFFICER) {
            return new Page<>(List.of(), page, 0);
        }
        return queue.filed(officer.scope(), page);
    }

    /** The same reviews whole, in the same order, one line per indicator, as they are read (the list's export). */
    public void eachIndicatorInQueue(Account officer, Consumer<FiledReviewIndicator> lines) {
        if (officer.role() == Role.CPAM_OFFICER || officer.role() == Role.ARS_OFFICER) {
            queue.eachIndicator(officer.scope(), lines);
        }
    }

    /** The review as that person sees it ({@code cptsId}: the address's, for an officer; null for a porteur). */
    public ReviewPage page(Account person, Long cptsId, int year) {
        return pages.page(person, locator.locateWithFiles(person, cptsId, year));
    }

    /** A piece of evidence of that review, if the person may see the review. */
    public PdfFile evidence(Account person, Long cptsId, int year, long evidenceId) {
        LocatedReview at = locator.locate(person, cptsId, year);
        return reviews.evidenceFile(evidenceId)
                .filter(file -> file.cpts().equals(at.cpts().id()) && file.contractYear() == year)
                .map(YearlyReviews.EvidenceFile::file)
                .orElseThrow(ReviewNotFound::new);
    }

    /**
     * The payment statement of a closed review as recorded at closing, with every amount explained, and its archived
     * PDF's fingerprint. Today's rule data computes it again only to say whether it would now give other figures.
     */
    public StatementPage statement(Account person, Long cptsId, int year) {
        LocatedReview at = locator.locateWithFiles(person, cptsId, year);
        ArchivedDocument pdf = archivedStatement(at);
        YearlyReview review = at.review();
        PaymentStatement today = funding.statement(
                at.contract(),
                at.contract().terms().population(),
                year,
                review.acceptedValues(),
                review.crisisDeclared(),
                at.starts());
        Optional<PaymentStatement> atClosing =
                reviews.statementFigures(at.cpts().id(), year).map(recorded::read);
        PaymentStatement statement = atClosing.orElse(today);
        StatementPage.Figures figures = atClosing.isEmpty()
                ? StatementPage.Figures.COMPUTED_AGAIN
                : atClosing.get().equals(today)
                        ? StatementPage.Figures.RECORDED
                        : StatementPage.Figures.RECORDED_RULES_CHANGED;
        StatementDocument document =
                StatementDocuments.of(at.cpts().name(), at.contract().terms().missions(), review, statement);
        return new StatementPage(
                pages.page(person, at),
                document,
                statement,
                figures,
                today.balanceDue().amount(),
                pdf.filename(),
                pdf.size(),
                pdf.sha256(),
                pdf.generatedAt());
    }

    /** The statement's PDF exactly as archived when the review was closed. */
    public ArchivedDocument statementPdf(Account person, Long cptsId, int year) {
        return archivedStatement(locator.locate(person, cptsId, year));
    }

    /**
     * What-if: the payment the year would give with these values (by indicator position; a blank one counts as not
     * reached), on a review still open. Nothing is saved, nothing journaled.
     */
    public Simulation simulate(Account person, Long cptsId, int year, List<String> values) {
        LocatedReview at = locator.locate(person, cptsId, year);
        YearlyReview review = at.review();
        if (review.state() == ReviewState.CLOSED) {
            throw new DomainException("La revue annuelle de l'année " + year + " est clôturée : ses valeurs ne "
                    + "changent plus, et son relevé de paiement est établi. La simulation porte sur une revue "
                    + "ouverte.");
        }
        Map<String, BigDecimal> parsed = new LinkedHashMap<>();
        List<String> entered = new ArrayList<>();
        List<String> names = review.indicators();
        for (int i = 0; i < names.size(); i++) {
            String typed = ReviewDeclaration.at(values, i);
            entered.add(typed == null ? "" : typed.strip());
            BigDecimal value = IndicatorValues.parse(typed, "la valeur simulée", names.get(i));
            if (value != null) {
                parsed.put(names.get(i), value);
            }
        }
        SignedContract contract = at.contract();
        PaymentStatement statement = funding.whatIf(
                contract.terms(),
                contract.signatureDate(),
                contract.terms().population(),
                year,
                parsed,
                review.crisisDeclared(),
                at.starts());
        return new Simulation(entered, statement);
    }

    private ArchivedDocument archivedStatement(LocatedReview at) {
        YearlyReview review = at.review();
        if (review.state() != ReviewState.CLOSED) {
            throw new DomainException("Le relevé de paiement de l'année " + review.contractYear() + " est établi "
                    + "quand la CPAM clôture la revue annuelle : elle est à l'état « "
                    + review.state().label()
                    + " ».");
        }
        return reviews.statement(at.cpts().id(), review.contractYear()).orElseThrow(ReviewNotFound::new);
    }
}
