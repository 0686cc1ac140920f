package fr.cpts.domain.assistant;

import fr.cpts.domain.account.Actor;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.shared.DomainException;
import fr.cpts.domain.shared.FrenchDates;
import fr.cpts.domain.shared.lifecycle.Lifecycle;
import fr.cpts.domain.shared.lifecycle.LifecycleAggregate;
import fr.cpts.domain.shared.lifecycle.Step;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A request for the medical-assistant subsidy (demande d'aide à l'emploi d'un assistant médical) that the porteur of
 * a CPTS files for a member doctor, and its decision by the CPAM. It changes state only through its intent-named
 * moves ({@link #file}, {@link #accept}, {@link #refuse}), each checking who makes it and from which state, and each
 * recorded in the timeline; a request whose doctor fails an eligibility criterion may stay a draft but is neither
 * filed nor accepted. The porteur edits it only while it is a draft.
 */
public final class AssistantSubsidyRequest extends LifecycleAggregate<SubsidyRequestMove, SubsidyRequestState> {

    private final AssistantSubsidyRequestId id;
    private final CptsId cpts;
    private AssistantSubsidyApplication application;
    private final Lifecycle<SubsidyRequestMove, SubsidyRequestState> lifecycle;
    private final long version;
    private final Instant createdAt;
    private final Map<Integer, Long> declaredPatientLists;

    private AssistantSubsidyRequest(
            AssistantSubsidyRequestId id,
            CptsId cpts,
            SubsidyRequestState state,
            AssistantSubsidyApplication application,
            List<Step<SubsidyRequestMove, SubsidyRequestState>> timeline,
            long version,
            Instant createdAt,
            Map<Integer, Long> declaredPatientLists) {
        this.id = id;
        this.declaredPatientLists = new TreeMap<>(declaredPatientLists);
        this.cpts = Objects.requireNonNull(cpts, "CPTS");
        this.application = Objects.requireNonNull(application, "demande");
        this.lifecycle = new Lifecycle<>(SubsidyRequestMove.class, new Refusals(), state, timeline, createdAt);
        this.version = version;
        this.createdAt = Objects.requireNonNull(createdAt, "date de création");
    }

    /** A new request written by the porteur of the CPTS, as a draft. */
    public static AssistantSubsidyRequest draft(
            CptsId cpts, AssistantSubsidyApplication application, Actor porteur, Instant at) {
        requirePorteur(porteur, "rédiger");
        return new AssistantSubsidyRequest(
                null, cpts, SubsidyRequestState.DRAFT, application, List.of(), 0, at, Map.of());
    }

    /** A request as stored. */
    public static AssistantSubsidyRequest restore(
            AssistantSubsidyRequestId id,
            CptsId cpts,
            SubsidyRequestState state,
            AssistantSubsidyApplication application,
            List<Step<SubsidyRequestMove, SubsidyRequestState>> timeline,
            long version,
            Instant createdAt,
            Map<Integer, Long> declaredPatientLists) {
        return new AssistantSubsidyRequest(
                Objects.requireNonNull(id, "id"),
                cpts,
                state,
                application,
                timeline,
                version,
                createdAt,
                declaredPatientLists);
    }

    /**
     * The porteur declares the doctor's patient list for a contract year of the accepted request (once the year has
     * started), which the commitment is checked against; a new declaration for the year corrects the previous one.
     */
    public void declarePatientList(int contractYear, long patients, Actor porteur, LocalDate today, int contractYears) {
        requirePorteur(porteur, "déclarer la patientèle d'");
        if (state() != SubsidyRequestState.ACCEPTED) {
            throw new DomainException("La patientèle se déclare une fois la demande acceptée par la CPAM ; elle est à "
                    + "l'état « " + state().label() + " ».");
        }
        if (contractYear < 1 || contractYear > contractYears) {
            throw new DomainException("Choisissez une année du contrat, de 1 à " + contractYears + ".");
        }
        LocalDate yearStart = application.hiringDate().plusYears(contractYear - 1L);
        if (today.isBefore(yearStart)) {
            throw new DomainException("L'année " + contractYear + " du contrat commence le "
                    + FrenchDates.day(yearStart) + " : sa patientèle se déclare à partir de cette date.");
        }
        if (patients < 0 || patients > PatientListCommitment.PATIENTS_MAX) {
            throw new DomainException("Patientèle déclarée : le nombre est compris entre 0 et 100 000 patients.");
        }
        declaredPatientLists.put(contractYear, patients);
    }

    /** The patient list declared for each contract year, by year. */
    public Map<Integer, Long> declaredPatientLists() {
        return Collections.unmodifiableMap(declaredPatientLists);
    }

    /** Replaces what the request says, while it is a draft. */
    public void edit(AssistantSubsidyApplication newApplication, Actor porteur) {
        Objects.requireNonNull(newApplication, "demande");
        requirePorteur(porteur, "modifier");
        if (state() != SubsidyRequestState.DRAFT) {
            throw new DomainException("Impossible de modifier cette demande : elle est à l'état « " + state().label()
                    + " ». Seul un brouillon se modifie.");
        }
        this.application = newApplication;
    }

    /** The porteur files the draft with the CPAM; refused while the doctor fails an eligibility criterion. */
    public SubsidyRequestMoved file(Actor porteur, Instant at, EligibilityVerdict verdict) {
        check(SubsidyRequestMove.FILE, porteur, null);
        requireEligible(SubsidyRequestMove.FILE, verdict);
        return move(SubsidyRequestMove.FILE, porteur, at, null);
    }

    /** The CPAM accepts the filed request; refused if the doctor fails an eligibility criterion on the same check. */
    public SubsidyRequestMoved accept(Actor officer, Instant at, EligibilityVerdict verdict) {
        check(SubsidyRequestMove.ACCEPT, officer, null);
        requireEligible(SubsidyRequestMove.ACCEPT, verdict);
        return move(SubsidyRequestMove.ACCEPT, officer, at, null);
    }

    /** The CPAM refuses the filed request, saying why. */
    public SubsidyRequestMoved refuse(Actor officer, Instant at, String reason) {
        check(SubsidyRequestMove.REFUSE, officer, reason);
        return move(SubsidyRequestMove.REFUSE, officer, at, reason);
    }

    /** How a request words the refusal of a move its cycle does not allow. */
    private static final class Refusals implements Lifecycle.Refusals<SubsidyRequestMove, SubsidyRequestState> {

        @Override
        public DomainException notFrom(SubsidyRequestMove move, SubsidyRequestState state) {
            return new DomainException(
                    move.refusal() + " cette demande : elle est à l'état « " + state.label() + " ».");
        }

        @Override
        public DomainException notBy(SubsidyRequestMove move) {
            return new DomainException(move.refusal() + " cette demande : seul "
                    + (move.actor() == Role.PORTEUR ? "le porteur de projet de la CPTS" : "un agent de la CPAM")
                    + " le peut.");
        }

        @Override
        public DomainException withoutReason(SubsidyRequestMove move) {
            return new DomainException(move.refusal() + " cette demande sans en donner le motif.");
        }
    }

    private static void requireEligible(SubsidyRequestMove move, EligibilityVerdict verdict) {
        Objects.requireNonNull(verdict, "vérification d'éligibilité");
        if (!verdict.isEligible()) {
            throw new IneligibleRequest(move, verdict.failedCriteria());
        }
    }

    private static void requirePorteur(Actor actor, String verb) {
        Objects.requireNonNull(actor, "auteur");
        if (actor.role() != Role.PORTEUR) {
            throw new DomainException("Seul le porteur de projet de la CPTS peut " + verb + " une demande d'aide.");
        }
    }

    private SubsidyRequestMoved move(SubsidyRequestMove move, Actor actor, Instant at, String reason) {
        return new SubsidyRequestMoved(cpts, id, lifecycle.record(move, actor, at, null, reason), List.of());
    }

    /** Empty until the request is first stored. */
    public Optional<AssistantSubsidyRequestId> id() {
        return Optional.ofNullable(id);
    }

    public CptsId cpts() {
        return cpts;
    }

    public AssistantSubsidyApplication application() {
        return application;
    }

    /** The version read, for optimistic locking: a save from an older version is refused. */
    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** When the porteur filed it, once filed. */
    public Optional<Instant> filedAt() {
        return lifecycle.firstTime(SubsidyRequestMove.FILE);
    }

    /** Whether officers may see it: once filed (a draft stays between the porteur and their CPTS). */
    public boolean isFiled() {
        return state() != SubsidyRequestState.DRAFT;
    }

    @Override
    protected Lifecycle<SubsidyRequestMove, SubsidyRequestState> lifecycle() {
        return lifecycle;
    }
}
