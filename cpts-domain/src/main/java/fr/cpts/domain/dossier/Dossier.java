package fr.cpts.domain.dossier;

import fr.cpts.domain.account.Actor;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.shared.DomainException;
import fr.cpts.domain.shared.lifecycle.Lifecycle;
import fr.cpts.domain.shared.lifecycle.LifecycleAggregate;
import fr.cpts.domain.shared.lifecycle.Step;
import fr.cpts.domain.territory.Territory;
import fr.cpts.domain.territory.TerritoryOverlap;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A dossier a CPTS files with its ARS (a letter of intent or a health project) and its instruction. It changes
 * state only through its intent-named moves, each checking who makes it and from which state, and each recorded in
 * the timeline; a move the cycle does not allow is refused with a French message naming the move and the state.
 * The porteur edits the content only while drafting or when the ARS asked for corrections.
 */
public final class Dossier extends LifecycleAggregate<DossierMove, DossierState> {

    private final DossierId id;
    private final CptsId cpts;
    private final DossierKind kind;
    private DossierContent content;
    private final Lifecycle<DossierMove, DossierState> lifecycle;
    private final long version;
    private final Instant createdAt;

    private Dossier(
            DossierId id,
            CptsId cpts,
            DossierKind kind,
            DossierState state,
            DossierContent content,
            List<Step<DossierMove, DossierState>> timeline,
            long version,
            Instant createdAt) {
        this.id = id;
        this.cpts = Objects.requireNonNull(cpts, "CPTS");
        this.kind = Objects.requireNonNull(kind, "type de dossier");
        this.content = Objects.requireNonNull(content, "contenu");
        this.lifecycle = new Lifecycle<>(DossierMove.class, new Refusals(), state, timeline, createdAt);
        this.version = version;
        this.createdAt = Objects.requireNonNull(createdAt, "date de création");
        if (content.kind() != kind) {
            throw new IllegalArgumentException(
                    "Contenu de " + content.kind().label() + " pour un dossier " + kind.label());
        }
    }

    /** A new letter of intent, as an empty draft. */
    public static Dossier startLetterOfIntent(CptsId cpts, Instant at) {
        return new Dossier(
                null, cpts, DossierKind.LETTRE_INTENTION, DossierState.DRAFT, LetterOfIntent.empty(), List.of(), 0, at);
    }

    /** A new health project, as an empty draft: only once the CPTS's letter of intent is validated. */
    public static Dossier startHealthProject(Dossier letterOfIntent, Instant at) {
        if (letterOfIntent == null
                || letterOfIntent.kind != DossierKind.LETTRE_INTENTION
                || letterOfIntent.state() != DossierState.VALIDATED) {
            throw new DomainException("Le projet de santé ne peut être commencé qu'une fois la lettre d'intention "
                    + "validée par l'ARS.");
        }
        return new Dossier(
                null,
                letterOfIntent.cpts,
                DossierKind.PROJET_SANTE,
                DossierState.DRAFT,
                HealthProject.empty(),
                List.of(),
                0,
                at);
    }

    /** A dossier as stored. */
    public static Dossier restore(
            DossierId id,
            CptsId cpts,
            DossierKind kind,
            DossierState state,
            DossierContent content,
            List<Step<DossierMove, DossierState>> timeline,
            long version,
            Instant createdAt) {
        return new Dossier(Objects.requireNonNull(id, "id"), cpts, kind, state, content, timeline, version, createdAt);
    }

    /** Replaces the content, while the porteur may still change it. */
    public void edit(DossierContent newContent, Actor actor) {
        Objects.requireNonNull(newContent, "contenu");
        if (actor.role() != Role.PORTEUR) {
            throw new DomainException("Seul le porteur de projet peut modifier le contenu du dossier.");
        }
        if (!state().editableByPorteur()) {
            throw new DomainException("Impossible de modifier ce dossier ("
                    + kind.label().toLowerCase()
                    + ") : il est à l'état « " + state().label() + " ». Il ne redevient modifiable que si l'ARS "
                    + "demande des corrections.");
        }
        if (newContent.kind() != kind) {
            throw new IllegalArgumentException(
                    "Contenu de " + newContent.kind().label() + " pour un dossier " + kind.label());
        }
        this.content = newContent;
    }

    /** The porteur files the complete draft; its territory must be drawn and shared with no other CPTS. */
    public DossierMoved submit(Actor porteur, Instant at, Territory territory, List<TerritoryOverlap> overlaps) {
        check(DossierMove.SUBMIT, porteur, null);
        requireFileable(territory, overlaps);
        return move(DossierMove.SUBMIT, porteur, at, null);
    }

    /** An ARS officer takes the deposited dossier into instruction. */
    public DossierMoved take(Actor officer, Instant at) {
        check(DossierMove.TAKE, officer, null);
        return move(DossierMove.TAKE, officer, at, null);
    }

    /** The ARS sends the dossier back to the porteur, saying what to correct. */
    public DossierMoved requestCorrections(Actor officer, Instant at, String reason) {
        check(DossierMove.REQUEST_CORRECTIONS, officer, reason);
        return move(DossierMove.REQUEST_CORRECTIONS, officer, at, reason);
    }

    /** The porteur files the corrected dossier again. */
    public DossierMoved resubmit(Actor porteur, Instant at, Territory territory, List<TerritoryOverlap> overlaps) {
        check(DossierMove.RESUBMIT, porteur, null);
        requireFileable(territory, overlaps);
        return move(DossierMove.RESUBMIT, porteur, at, null);
    }

    /** The ARS validates the dossier; refused while the territory overlaps another CPTS's. */
    public DossierMoved validate(Actor officer, Instant at, List<TerritoryOverlap> overlaps) {
        check(DossierMove.VALIDATE, officer, null);
        refuseOverlaps(DossierMove.VALIDATE, overlaps);
        return move(DossierMove.VALIDATE, officer, at, null);
    }

    /** The ARS refuses the dossier, saying why. */
    public DossierMoved refuse(Actor officer, Instant at, String reason) {
        check(DossierMove.REFUSE, officer, reason);
        return move(DossierMove.REFUSE, officer, at, reason);
    }

    /** The ARS closes the dossier without follow-up, saying why. */
    public DossierMoved close(Actor officer, Instant at, String reason) {
        check(DossierMove.CLOSE, officer, reason);
        return move(DossierMove.CLOSE, officer, at, reason);
    }

    /** Every item the porteur must still fill in before filing, territory included. */
    public List<String> missingItems(Territory territory) {
        List<String> missing = new ArrayList<>();
        if (territory == null || territory.isEmpty()) {
            missing.add("Le territoire de la CPTS : aucune commune n'y est encore rattachée");
        }
        missing.addAll(content.missingItems());
        return missing;
    }

    /** How a dossier words the refusal of a move its cycle does not allow. */
    private final class Refusals implements Lifecycle.Refusals<DossierMove, DossierState> {

        @Override
        public DomainException notFrom(DossierMove move, DossierState state) {
            return new DomainException("Impossible de " + move.verb() + " ce dossier ("
                    + kind.label().toLowerCase() + ") : il est à l'état « " + state.label() + " ».");
        }

        @Override
        public DomainException notBy(DossierMove move) {
            return new DomainException("Impossible de " + move.verb() + " ce dossier : seul un "
                    + move.actor().label().toLowerCase() + " le peut.");
        }

        @Override
        public DomainException withoutReason(DossierMove move) {
            return new DomainException("Impossible de " + move.verb() + " ce dossier sans en donner le motif.");
        }
    }

    private void requireFileable(Territory territory, List<TerritoryOverlap> overlaps) {
        List<String> missing = missingItems(territory);
        if (!missing.isEmpty()) {
            throw new IncompleteDossier(kind, missing);
        }
        refuseOverlaps(DossierMove.SUBMIT, overlaps);
    }

    private void refuseOverlaps(DossierMove move, List<TerritoryOverlap> overlaps) {
        if (overlaps != null && !overlaps.isEmpty()) {
            throw new DomainException("Impossible de " + move.verb() + " ce dossier : le territoire chevauche celui "
                    + "d'une autre CPTS. "
                    + String.join(
                            " ",
                            overlaps.stream().map(TerritoryOverlap::describe).toList()));
        }
    }

    private DossierMoved move(DossierMove move, Actor actor, Instant at, String reason) {
        return new DossierMoved(cpts, id, kind, lifecycle.record(move, actor, at, null, reason));
    }

    /** Empty until the dossier is first stored. */
    public Optional<DossierId> id() {
        return Optional.ofNullable(id);
    }

    public CptsId cpts() {
        return cpts;
    }

    public DossierKind kind() {
        return kind;
    }

    public DossierContent content() {
        return content;
    }

    /** The version read, for optimistic locking: a save from an older version is refused. */
    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    @Override
    protected Lifecycle<DossierMove, DossierState> lifecycle() {
        return lifecycle;
    }
}
