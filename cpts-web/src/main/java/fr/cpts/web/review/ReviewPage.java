package fr.cpts.web.review;

import fr.cpts.domain.account.Role;
import fr.cpts.domain.contract.SignedContract;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.money.Money;
import fr.cpts.domain.review.IndicatorAssessment;
import fr.cpts.domain.review.IndicatorDeclaration;
import fr.cpts.domain.review.ReviewEvidence;
import fr.cpts.domain.review.ReviewMove;
import fr.cpts.domain.review.ReviewState;
import fr.cpts.domain.review.YearlyReview;
import fr.cpts.domain.shared.lifecycle.Step;
import fr.cpts.funding.contract.PaymentStatement;
import fr.cpts.funding.explanation.Explanation;
import fr.cpts.web.FrenchFormats;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One yearly review as a person of a given role sees it: the CPTS, the contract version reviewed, the year's period,
 * each indicator with its terms, the CPTS's declaration and evidence and the CPAM's assessment, the moves this person
 * may make now, the version to send back with any of them (optimistic locking), and while the review is open, the
 * statement its current values would give (provisional: retained values, else declared ones).
 */
public record ReviewPage(
        Role viewer,
        CptsRecord cpts,
        SignedContract contract,
        YearlyReview review,
        long version,
        LocalDate start,
        LocalDate end,
        List<IndicatorLine> indicators,
        Set<ReviewMove> moves,
        boolean statementIssued,
        Optional<PaymentStatement> projection) {

    public ReviewPage {
        indicators = List.copyOf(indicators);
        moves = Set.copyOf(moves);
    }

    public int year() {
        return review.contractYear();
    }

    public ReviewState state() {
        return review.state();
    }

    public boolean closed() {
        return review.state() == ReviewState.CLOSED;
    }

    /** The porteur may change the values (draft, or corrections asked). */
    public boolean canDeclare() {
        return moves.contains(ReviewMove.DECLARE);
    }

    public boolean canSubmit() {
        return moves.contains(ReviewMove.SUBMIT) || moves.contains(ReviewMove.RESUBMIT);
    }

    public boolean resubmission() {
        return moves.contains(ReviewMove.RESUBMIT);
    }

    /** The CPAM officer may accept or adjust indicators. */
    public boolean canAssess() {
        return moves.contains(ReviewMove.ACCEPT) || moves.contains(ReviewMove.ADJUST);
    }

    public boolean canRequestCorrections() {
        return moves.contains(ReviewMove.REQUEST_CORRECTIONS);
    }

    public boolean canClose() {
        return moves.contains(ReviewMove.CLOSE);
    }

    /** The ARS may record a crisis declared during the year, until the review is closed. */
    public boolean canDeclareCrisis() {
        return moves.contains(ReviewMove.DECLARE_CRISIS) && !review.crisisDeclared();
    }

    /** Indicators neither accepted nor adjusted yet. */
    public long pendingAssessments() {
        return indicators.stream().filter(line -> line.assessment() == null).count();
    }

    /** Whether closing is offered now: the move is the viewer's and every indicator is accepted or adjusted. */
    public boolean closeReady() {
        return canClose() && pendingAssessments() == 0;
    }

    /** What the indicator yields in the provisional statement, while the review is open. */
    public Optional<Money> earned(IndicatorLine line) {
        return projection.flatMap(statement -> statement.missions().stream()
                .flatMap(mission -> mission.indicators().stream())
                .filter(indicator -> indicator.label().equals(line.name()))
                .map(Explanation::amount)
                .findFirst());
    }

    /** Why the CPAM asked for corrections, while they are awaited. */
    public Optional<Step<ReviewMove, ReviewState>> correctionsRequest() {
        if (review.state() != ReviewState.CORRECTIONS_REQUESTED) {
            return Optional.empty();
        }
        List<Step<ReviewMove, ReviewState>> timeline = review.timeline();
        for (int i = timeline.size() - 1; i >= 0; i--) {
            if (timeline.get(i).move() == ReviewMove.REQUEST_CORRECTIONS) {
                return Optional.of(timeline.get(i));
            }
        }
        return Optional.empty();
    }

    /** The address of this review for the viewer: the porteur's own, or the officer's by CPTS. */
    public String base() {
        return switch (viewer) {
            case PORTEUR -> "/porteur/contrat/revues/" + year();
            case CPAM_OFFICER -> "/cpam/cpts/" + cpts.id().value() + "/revues/" + year();
            case ARS_OFFICER -> "/ars/cpts/" + cpts.id().value() + "/revues/" + year();
            case ADMINISTRATOR -> "/";
        };
    }

    /** Where the viewer's list of reviews is. */
    public String listAddress() {
        return switch (viewer) {
            case PORTEUR -> "/porteur/contrat/revues";
            case CPAM_OFFICER -> "/cpam/revues";
            case ARS_OFFICER -> "/ars/revues";
            case ADMINISTRATOR -> "/";
        };
    }

    public boolean porteur() {
        return viewer == Role.PORTEUR;
    }

    public boolean cpam() {
        return viewer == Role.CPAM_OFFICER;
    }

    /**
     * One indicator of the review: its terms in the contract (baseline, target, how it pays), what the CPTS declared,
     * what the CPAM retained and why, and the evidence attached.
     */
    public record IndicatorLine(
            int index,
            String name,
            String mission,
            String baseline,
            String target,
            String reward,
            IndicatorDeclaration declaration,
            IndicatorAssessment assessment,
            List<ReviewEvidence> evidence) {

        public IndicatorLine {
            evidence = List.copyOf(evidence);
        }

        public String declaredValue() {
            return declaration == null ? "" : IndicatorValues.shown(declaration.value());
        }

        public String comment() {
            return declaration == null || declaration.comment() == null ? "" : declaration.comment();
        }

        public String retainedValue() {
            return assessment == null ? "" : IndicatorValues.shown(assessment.retainedValue());
        }

        public boolean adjusted() {
            return assessment != null && assessment.reason() != null;
        }

        /** The day, in Paris, a piece of evidence of this indicator was attached. */
        public LocalDate uploadedOn(ReviewEvidence file) {
            return file.uploadedAt().atZone(FrenchFormats.PARIS).toLocalDate();
        }

        /** The value a simulation starts from: the retained one, else the declared one. */
        public String bestKnownValue() {
            return assessment != null ? retainedValue() : declaredValue();
        }

        /** The value the review would retain if it were closed now: the retained one, else the declared one. */
        public Optional<BigDecimal> provisionalValue() {
            if (assessment != null) {
                return Optional.of(assessment.retainedValue());
            }
            return declaration == null ? Optional.empty() : Optional.of(declaration.value());
        }
    }
}
