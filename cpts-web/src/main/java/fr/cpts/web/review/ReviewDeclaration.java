package fr.cpts.web.review;

import fr.cpts.domain.account.Account;
import fr.cpts.domain.account.Actor;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.contract.AciContract;
import fr.cpts.domain.contract.SignedContract;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.review.EvidenceAdded;
import fr.cpts.domain.review.IndicatorDeclaration;
import fr.cpts.domain.review.IndicatorDeclared;
import fr.cpts.domain.review.ReviewMove;
import fr.cpts.domain.review.ReviewMoved;
import fr.cpts.domain.review.ReviewOpened;
import fr.cpts.domain.review.ReviewState;
import fr.cpts.domain.review.YearlyReview;
import fr.cpts.domain.review.YearlyReviews;
import fr.cpts.domain.shared.DomainException;
import fr.cpts.domain.shared.PdfFile;
import fr.cpts.web.FrenchFormats;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the porteur does on the yearly reviews of their own CPTS: open a contract year's review, declare each
 * indicator, attach evidence, file the declaration (again, after corrections). Each method is one transaction; the
 * review checks every move itself, and the events it returns are published once it is saved (the journal listens).
 */
@Service
@Transactional
public class ReviewDeclaration {

    private final ReviewLocator locator;
    private final YearlyReviews reviews;
    private final ApplicationEventPublisher events;
    private final FrenchFormats formats;
    private final Clock clock;
    private final long maxEvidenceBytes;

    ReviewDeclaration(
            ReviewLocator locator,
            YearlyReviews reviews,
            ApplicationEventPublisher events,
            FrenchFormats formats,
            Clock clock,
            @Value("${cpts.dossier.attachment-max-bytes:10485760}") long maxEvidenceBytes) {
        this.locator = locator;
        this.reviews = reviews;
        this.events = events;
        this.formats = formats;
        this.clock = clock;
        this.maxEvidenceBytes = maxEvidenceBytes;
    }

    /** Opens the review of a contract year, on the contract version in force, once that year has started. */
    public void open(Account porteur, int year) {
        CptsRecord cpts = locator.own(porteur);
        ReviewLocator.requireContractYear(year);
        AciContract signed = locator.signed(cpts)
                .orElseThrow(() -> new DomainException("Impossible d'ouvrir "
                        + "une revue annuelle : aucun contrat ACI signé par les trois parties n'est en vigueur pour la "
                        + cpts.name() + "."));
        SignedContract contract = signed.active().orElseThrow();
        signed.end().ifPresent(end -> end.requireCovers(year, ReviewLocator.yearStart(contract, year + 1)));
        LocalDate start = ReviewLocator.yearStart(contract, year);
        if (FrenchFormats.today(clock).isBefore(start)) {
            throw new DomainException("Impossible d'ouvrir la revue annuelle de l'année " + year + " : cette année "
                    + "du contrat commence le " + formats.day(start) + " (anniversaire de la signature du "
                    + formats.day(contract.signatureDate()) + "). Elle pourra être ouverte à partir de cette "
                    + "date.");
        }
        if (reviews.of(cpts.id(), year).isPresent()) {
            throw new DomainException("La revue annuelle de l'année " + year + " est déjà ouverte.");
        }
        YearlyReview review = YearlyReview.open(contract, year, clock.instant());
        reviews.save(review, 0);
        events.publishEvent(new ReviewOpened(
                cpts.id(), year, contract.version(), review.state(), Actor.of(porteur), review.openedAt()));
    }

    /**
     * Saves the values and comments typed for every indicator (by position in the review), as a draft. Every value
     * is read before anything changes: a value that does not read as a number refuses the whole declaration, naming
     * its indicator; a value emptied is refused too (a declared value is changed, never removed). An indicator absent
     * from the form is left as it is. Only the indicators whose value or comment changed are declared again
     * (declaring again drops the CPAM's assessment of that indicator). Returns how many indicators changed.
     */
    public int declare(Account porteur, int year, long readVersion, List<String> values, List<String> comments) {
        LocatedReview at = locator.locate(porteur, null, year);
        at.requireVersion(readVersion);
        YearlyReview review = at.review();
        List<Typed> changed = new ArrayList<>();
        List<String> names = review.indicators();
        for (int i = 0; i < names.size(); i++) {
            typed(review, names.get(i), at(values, i), at(comments, i)).ifPresent(changed::add);
        }
        if (!review.availableMoves(Role.PORTEUR).contains(ReviewMove.DECLARE)) {
            throw new DomainException(ReviewMove.DECLARE.refusal() + " cette revue annuelle (année " + year
                    + ") : elle est à l'état « " + review.state().label() + " ».");
        }
        if (changed.isEmpty()) {
            return 0;
        }
        Actor actor = Actor.of(porteur);
        Instant now = clock.instant();
        List<IndicatorDeclared> declared = changed.stream()
                .map(typed -> review.declare(typed.name(), typed.value(), typed.comment(), actor, now))
                .toList();
        reviews.save(review, at.version());
        declared.forEach(events::publishEvent);
        return declared.size();
    }

    /** Attaches a PDF as evidence of one indicator, while the porteur may still change the declaration. */
    public void addEvidence(Account porteur, int year, String indicator, UploadedFile file) {
        LocatedReview at = locator.locate(porteur, null, year);
        YearlyReview review = at.review();
        if (!review.availableMoves(Role.PORTEUR).contains(ReviewMove.DECLARE)) {
            throw new DomainException("Impossible d'ajouter un justificatif à cette revue annuelle (année " + year
                    + ") : elle est à l'état « " + review.state().label() + " ».");
        }
        String name = indicator == null ? "" : indicator.strip();
        if (!review.indicators().contains(name)) {
            throw new DomainException("Choisissez l'indicateur du contrat que ce justificatif documente.");
        }
        if (file == null || file.content() == null || file.content().length == 0) {
            throw new DomainException(
                    "Choisissez un fichier PDF à joindre comme justificatif de l'indicateur « " + name + " ».");
        }
        PdfFile pdf = PdfFile.checked(file.filename(), file.content(), maxEvidenceBytes);
        Actor actor = Actor.of(porteur);
        Instant now = clock.instant();
        reviews.addEvidence(at.cpts().id(), year, name, pdf, actor, now);
        events.publishEvent(new EvidenceAdded(at.cpts().id(), year, name, pdf.filename(), pdf.size(), actor, now));
    }

    /** Files the declaration: the first time, or again after the CPAM asked for corrections. */
    public void submit(Account porteur, int year, long readVersion) {
        LocatedReview at = locator.locate(porteur, null, year);
        at.requireVersion(readVersion);
        YearlyReview review = at.review();
        ReviewMoved filed = review.state() == ReviewState.CORRECTIONS_REQUESTED
                ? review.resubmit(Actor.of(porteur), clock.instant())
                : review.submit(Actor.of(porteur), clock.instant());
        reviews.save(review, at.version());
        events.publishEvent(filed);
    }

    /** A file as uploaded through a form, before it is checked. */
    public record UploadedFile(String filename, byte[] content) {}

    /** One indicator whose declaration changes. */
    private record Typed(String name, BigDecimal value, String comment) {}

    /** What the form changes of one indicator, if anything; refused when it cannot be read. */
    private static Optional<Typed> typed(YearlyReview review, String name, String value, String comment) {
        if (value == null && comment == null) {
            // not in the form sent: left as it is
            return Optional.empty();
        }
        Optional<IndicatorDeclaration> before = review.declaration(name);
        BigDecimal read = IndicatorValues.parse(value, "la valeur déclarée", name);
        String text = comment == null
                ? before.map(IndicatorDeclaration::comment).orElse(null)
                : IndicatorValues.text(comment, "le commentaire", name);
        if (read == null) {
            if (before.isPresent()) {
                throw new DomainException("La valeur déclarée de l'indicateur « " + name + " » ne peut pas être "
                        + "effacée : écrivez la nouvelle valeur.");
            }
            if (text != null) {
                throw new DomainException("Le commentaire de l'indicateur « " + name + " » accompagne une "
                        + "valeur : déclarez d'abord la valeur de cet indicateur.");
            }
            return Optional.empty();
        }
        boolean same = before.map(d -> d.value().compareTo(read) == 0 && Objects.equals(d.comment(), text))
                .orElse(false);
        return same ? Optional.empty() : Optional.of(new Typed(name, read, text));
    }

    static String at(List<String> list, int index) {
        return list != null && index < list.size() ? list.get(index) : null;
    }
}
