package fr.cpts.domain.review;

import fr.cpts.domain.account.Actor;
import fr.cpts.domain.contract.Indicator;
import fr.cpts.domain.contract.SignedContract;
import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.shared.DomainException;
import fr.cpts.domain.shared.lifecycle.Lifecycle;
import fr.cpts.domain.shared.lifecycle.LifecycleAggregate;
import fr.cpts.domain.shared.lifecycle.Step;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The yearly review of one year of an ACI contract (revue annuelle du contrat): the CPTS declares a value for each
 * indicator of the contract, files the declaration, the CPAM officer accepts or adjusts each indicator, may send it
 * back for corrections, and closes it once every indicator is settled. Every move is recorded; a move the cycle does
 * not allow is refused with a French message naming the move and the state; a closed review never changes.
 */
public final class YearlyReview extends LifecycleAggregate<ReviewMove, ReviewState> {

    /** An ACI contract runs five years. */
    public static final int CONTRACT_YEARS = 5;

    private final CptsId cpts;
    private final int contractVersion;
    private final int contractYear;
    private final List<String> indicators;
    private final Map<String, IndicatorDeclaration> declarations;
    private final Map<String, IndicatorAssessment> assessments;
    private boolean crisisDeclared;
    private final Lifecycle<ReviewMove, ReviewState> lifecycle;
    private final Instant openedAt;

    private YearlyReview(
            CptsId cpts,
            int contractVersion,
            int contractYear,
            List<String> indicators,
            Map<String, IndicatorDeclaration> declarations,
            Map<String, IndicatorAssessment> assessments,
            ReviewState state,
            boolean crisisDeclared,
            List<Step<ReviewMove, ReviewState>> timeline,
            Instant openedAt) {
        this.cpts = Objects.requireNonNull(cpts, "CPTS");
        this.crisisDeclared = crisisDeclared;
        if (contractYear < 1 || contractYear > CONTRACT_YEARS) {
            throw new DomainException("Une revue annuelle porte sur l'une des " + CONTRACT_YEARS
                    + " années du contrat ACI : l'année " + contractYear + " n'existe pas.");
        }
        this.contractVersion = contractVersion;
        this.contractYear = contractYear;
        this.indicators = List.copyOf(indicators);
        this.declarations = new LinkedHashMap<>(declarations);
        this.assessments = new LinkedHashMap<>(assessments);
        this.openedAt = Objects.requireNonNull(openedAt, "date d'ouverture");
        this.lifecycle = new Lifecycle<>(ReviewMove.class, new Refusals(), state, timeline, openedAt);
        if (!this.indicators.containsAll(declarations.keySet()) || !this.indicators.containsAll(assessments.keySet())) {
            throw new IllegalArgumentException("Valeurs pour un indicateur absent du contrat");
        }
    }

    /** Opens the review of one year (1 to 5) of the contract version in force, on the indicators it sets. */
    public static YearlyReview open(SignedContract contract, int contractYear, Instant at) {
        Objects.requireNonNull(contract, "contrat");
        return new YearlyReview(
                contract.cpts(),
                contract.version(),
                contractYear,
                contract.indicators().stream().map(Indicator::name).toList(),
                Map.of(),
                Map.of(),
                ReviewState.DRAFT,
                false,
                List.of(),
                at);
    }

    /** A review as stored. */
    public static YearlyReview restore(
            CptsId cpts,
            int contractVersion,
            int contractYear,
            List<String> indicators,
            Map<String, IndicatorDeclaration> declarations,
            Map<String, IndicatorAssessment> assessments,
            ReviewState state,
            boolean crisisDeclared,
            List<Step<ReviewMove, ReviewState>> timeline,
            Instant openedAt) {
        return new YearlyReview(
                cpts,
                contractVersion,
                contractYear,
                indicators,
                declarations,
                assessments,
                state,
                crisisDeclared,
                timeline,
                openedAt);
    }

    /**
     * The CPTS saves the value of one indicator, with a comment (evidence, method). Changing it after corrections
     * were requested drops the CPAM's earlier assessment of that indicator.
     */
    public IndicatorDeclared declare(String indicator, BigDecimal value, String comment, Actor porteur, Instant at) {
        check(ReviewMove.DECLARE, porteur, null);
        String name = known(indicator);
        IndicatorDeclaration after = new IndicatorDeclaration(
                PercentageIndicator.checked(
                        name, Objects.requireNonNull(value, "valeur déclarée"), "La valeur déclarée"),
                comment);
        IndicatorDeclaration before = declarations.put(name, after);
        assessments.remove(name);
        return new IndicatorDeclared(
                cpts, contractYear, record(ReviewMove.DECLARE, porteur, at, name, null), before, after);
    }

    /** The CPTS files its declaration; every indicator must have a value. */
    public ReviewMoved submit(Actor porteur, Instant at) {
        check(ReviewMove.SUBMIT, porteur, null);
        requireEveryIndicatorDeclared(ReviewMove.SUBMIT);
        return moved(ReviewMove.SUBMIT, porteur, at, null);
    }

    /** The CPAM officer retains the declared value of one indicator. */
    public IndicatorAssessed accept(String indicator, Actor officer, Instant at) {
        check(ReviewMove.ACCEPT, officer, null);
        String name = known(indicator);
        return assessed(
                ReviewMove.ACCEPT,
                name,
                IndicatorAssessment.accepted(declarations.get(name).value()),
                officer,
                at,
                null);
    }

    /** The CPAM officer retains another value for one indicator, saying why. */
    public IndicatorAssessed adjust(String indicator, BigDecimal value, String reason, Actor officer, Instant at) {
        check(ReviewMove.ADJUST, officer, reason);
        String name = known(indicator);
        return assessed(
                ReviewMove.ADJUST,
                name,
                IndicatorAssessment.adjusted(
                        PercentageIndicator.checked(
                                name, Objects.requireNonNull(value, "valeur ajustée"), "La valeur retenue"),
                        reason),
                officer,
                at,
                reason);
    }

    private IndicatorAssessed assessed(
            ReviewMove move, String name, IndicatorAssessment after, Actor officer, Instant at, String reason) {
        IndicatorAssessment before = assessments.put(name, after);
        return new IndicatorAssessed(cpts, contractYear, record(move, officer, at, name, reason), before, after);
    }

    /** The CPAM officer sends the declaration back to the CPTS, saying what to correct. */
    public ReviewMoved requestCorrections(Actor officer, Instant at, String reason) {
        check(ReviewMove.REQUEST_CORRECTIONS, officer, reason);
        return moved(ReviewMove.REQUEST_CORRECTIONS, officer, at, reason);
    }

    /** The CPTS files its corrected declaration. */
    public ReviewMoved resubmit(Actor porteur, Instant at) {
        check(ReviewMove.RESUBMIT, porteur, null);
        requireEveryIndicatorDeclared(ReviewMove.RESUBMIT);
        return moved(ReviewMove.RESUBMIT, porteur, at, null);
    }

    /**
     * The ARS officer records the serious health crisis it declared during the year, citing its decision: the crisis
     * mission's variable part becomes due. Once recorded, it stays.
     */
    public ReviewMoved declareCrisis(Actor officer, Instant at, String decision) {
        check(ReviewMove.DECLARE_CRISIS, officer, decision);
        if (crisisDeclared) {
            throw new DomainException(
                    "Une crise sanitaire grave est déjà déclarée pour l'année " + contractYear + " de ce contrat.");
        }
        crisisDeclared = true;
        return moved(ReviewMove.DECLARE_CRISIS, officer, at, decision);
    }

    /** The CPAM officer closes the review, once every indicator is accepted or adjusted. */
    public ReviewMoved close(Actor officer, Instant at) {
        check(ReviewMove.CLOSE, officer, null);
        List<String> pending = indicators.stream()
                .filter(name -> !assessments.containsKey(name))
                .toList();
        if (!pending.isEmpty()) {
            throw new DomainException("Impossible de clôturer cette revue annuelle (année " + contractYear + ") : "
                    + (pending.size() == 1
                            ? "1 indicateur n'est ni accepté ni ajusté : "
                            : pending.size() + " indicateurs ne sont ni acceptés ni ajustés : ")
                    + String.join(" ; ", pending) + ".");
        }
        return moved(ReviewMove.CLOSE, officer, at, null);
    }

    /**
     * The value retained for each indicator, in the contract's order, for the funding engine to compute the variable
     * part: only once the review is closed.
     */
    public Map<String, BigDecimal> acceptedValues() {
        if (state() != ReviewState.CLOSED) {
            throw new DomainException("Les valeurs retenues de la revue annuelle (année " + contractYear + ") ne sont "
                    + "connues qu'une fois la revue clôturée par la CPAM : elle est à l'état « " + state().label()
                    + " ».");
        }
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (String name : indicators) {
            values.put(name, assessments.get(name).retainedValue());
        }
        return Collections.unmodifiableMap(values);
    }

    /** How a review words the refusal of a move its cycle does not allow. */
    private final class Refusals implements Lifecycle.Refusals<ReviewMove, ReviewState> {

        @Override
        public DomainException notFrom(ReviewMove move, ReviewState state) {
            return new DomainException(move.refusal() + " cette revue annuelle (année " + contractYear
                    + ") : elle est à l'état « " + state.label() + " ».");
        }

        @Override
        public DomainException notBy(ReviewMove move) {
            return new DomainException(move.refusal() + " cette revue annuelle : seul le rôle « "
                    + move.actor().label() + " » le peut.");
        }

        @Override
        public DomainException withoutReason(ReviewMove move) {
            return new DomainException(move.refusal() + " cette revue annuelle sans en donner le motif.");
        }
    }

    private String known(String indicator) {
        String name = indicator == null ? "" : indicator.strip();
        if (!indicators.contains(name)) {
            throw new DomainException("L'indicateur « " + name + " » ne figure pas au contrat ACI (version "
                    + contractVersion + ") de cette revue annuelle.");
        }
        return name;
    }

    private void requireEveryIndicatorDeclared(ReviewMove move) {
        List<String> missing = indicators.stream()
                .filter(name -> !declarations.containsKey(name))
                .toList();
        if (!missing.isEmpty()) {
            throw new DomainException(move.refusal() + " cette revue annuelle (année " + contractYear
                    + ") : il manque la valeur "
                    + (missing.size() == 1 ? "d'un indicateur : " : "de " + missing.size() + " indicateurs : ")
                    + String.join(" ; ", missing) + ".");
        }
    }

    private Step<ReviewMove, ReviewState> record(
            ReviewMove move, Actor actor, Instant at, String indicator, String reason) {
        return lifecycle.record(move, actor, at, indicator, reason);
    }

    private ReviewMoved moved(ReviewMove move, Actor actor, Instant at, String reason) {
        return new ReviewMoved(cpts, contractYear, record(move, actor, at, null, reason));
    }

    public CptsId cpts() {
        return cpts;
    }

    /** The contract version whose indicators are reviewed. */
    public int contractVersion() {
        return contractVersion;
    }

    /** 1 to 5. */
    public int contractYear() {
        return contractYear;
    }

    /** The indicators reviewed, in the contract's order. */
    public List<String> indicators() {
        return indicators;
    }

    /** Whether the ARS recorded a serious health crisis during the year (the crisis mission's variable part is due). */
    public boolean crisisDeclared() {
        return crisisDeclared;
    }

    public Optional<IndicatorDeclaration> declaration(String indicator) {
        return Optional.ofNullable(declarations.get(indicator));
    }

    public Optional<IndicatorAssessment> assessment(String indicator) {
        return Optional.ofNullable(assessments.get(indicator));
    }

    /** Whether the CPTS has filed this review at least once (officers see it from then on). */
    public boolean filed() {
        return lifecycle.firstTime(ReviewMove.SUBMIT).isPresent();
    }

    public Instant openedAt() {
        return openedAt;
    }

    @Override
    protected Lifecycle<ReviewMove, ReviewState> lifecycle() {
        return lifecycle;
    }
}
