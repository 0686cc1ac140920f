package fr.cpts.domain.dossier;

import fr.cpts.domain.account.Actor;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.shared.DomainException;
import fr.cpts.domain.shared.FrenchDates;
import fr.cpts.domain.shared.TypedText;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A request for an opinion (demande d'avis) the ARS addresses to the URPS or the CPAM about a dossier, and its
 * answer once received: recorded by the ARS officer, or given by a CPAM officer on the platform when the CPAM is
 * asked.
 */
public final class OpinionRequest {

    private final Long id;
    private final DossierId dossier;
    private final OpinionBody body;
    private final String question;
    private final Actor requestedBy;
    private final Instant requestedAt;
    private final LocalDate dueOn;
    private String answer;
    private OpinionVerdict verdict;
    private Actor answeredBy;
    private Instant answeredAt;

    private OpinionRequest(
            Long id,
            DossierId dossier,
            OpinionBody body,
            String question,
            Actor requestedBy,
            Instant requestedAt,
            LocalDate dueOn,
            String answer,
            OpinionVerdict verdict,
            Actor answeredBy,
            Instant answeredAt) {
        this.id = id;
        this.dossier = Objects.requireNonNull(dossier, "dossier");
        this.body = Objects.requireNonNull(body, "organisme consulté");
        this.question = DossierContent.clean(question);
        this.requestedBy = Objects.requireNonNull(requestedBy, "demandeur");
        this.requestedAt = Objects.requireNonNull(requestedAt, "date de la demande");
        this.dueOn = dueOn;
        this.answer = answer;
        this.verdict = verdict;
        this.answeredBy = answeredBy;
        this.answeredAt = answeredAt;
    }

    /** The ARS asks the body a question about the dossier, without a date for the answer. */
    public static OpinionRequest ask(DossierId dossier, OpinionBody body, String question, Actor officer, Instant at) {
        return ask(dossier, body, question, Optional.empty(), officer, at);
    }

    /**
     * The ARS asks the body a question about the dossier, to be answered by that day (after the day it is asked, in
     * Paris), or without a date.
     */
    public static OpinionRequest ask(
            DossierId dossier,
            OpinionBody body,
            String question,
            Optional<LocalDate> dueOn,
            Actor officer,
            Instant at) {
        if (officer.role() != Role.ARS_OFFICER) {
            throw new DomainException("Seul un agent ARS peut demander un avis sur un dossier.");
        }
        if (DossierContent.clean(question).isEmpty()) {
            throw new DomainException("La question posée à l'organisme consulté est obligatoire.");
        }
        TypedText.within(question, "Question", TypedText.REASON_MAX);
        LocalDate askedOn = at.atZone(FrenchDates.PARIS).toLocalDate();
        if (dueOn.isPresent() && !dueOn.get().isAfter(askedOn)) {
            throw new DomainException("La date attendue pour l'avis doit suivre le jour de la demande ("
                    + FrenchDates.day(askedOn) + ").");
        }
        return new OpinionRequest(
                null, dossier, body, question, officer, at, dueOn.orElse(null), null, null, null, null);
    }

    public static OpinionRequest restore(
            long id,
            DossierId dossier,
            OpinionBody body,
            String question,
            Actor requestedBy,
            Instant requestedAt,
            LocalDate dueOn,
            String answer,
            OpinionVerdict verdict,
            Actor answeredBy,
            Instant answeredAt) {
        return new OpinionRequest(
                id, dossier, body, question, requestedBy, requestedAt, dueOn, answer, verdict, answeredBy, answeredAt);
    }

    /**
     * Records the answer: by an ARS officer (an answer received by mail) or, for the CPAM, by a CPAM officer; the
     * caller has checked the CPAM officer's départements cover the CPTS.
     */
    public void answer(String text, Actor by, Instant at) {
        answer(Optional.empty(), text, by, at);
    }

    /** Records the answer with what it concludes (when the body says it), as {@link #answer(String, Actor, Instant)}. */
    public void answer(Optional<OpinionVerdict> concludes, String text, Actor by, Instant at) {
        if (isAnswered()) {
            throw new DomainException("Cet avis a déjà été rendu le " + FrenchDates.day(answeredAt) + ".");
        }
        boolean allowed = by.role() == Role.ARS_OFFICER || (body == OpinionBody.CPAM && by.role() == Role.CPAM_OFFICER);
        if (!allowed) {
            throw new DomainException(
                    "Seul l'agent ARS ou l'organisme consulté (" + body.label() + ") peut enregistrer cet avis.");
        }
        if (DossierContent.clean(text).isEmpty()) {
            throw new DomainException("Le texte de l'avis est obligatoire.");
        }
        TypedText.within(text, "Avis", TypedText.MESSAGE_MAX);
        this.answer = DossierContent.clean(text);
        this.verdict = concludes.orElse(null);
        this.answeredBy = by;
        this.answeredAt = Objects.requireNonNull(at, "date");
    }

    public boolean isAnswered() {
        return answer != null;
    }

    public Optional<Long> id() {
        return Optional.ofNullable(id);
    }

    public DossierId dossier() {
        return dossier;
    }

    public OpinionBody body() {
        return body;
    }

    public String question() {
        return question;
    }

    public Actor requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Optional<String> answer() {
        return Optional.ofNullable(answer);
    }

    /** The day the answer is expected, when the ARS gave one. */
    public Optional<LocalDate> dueOn() {
        return Optional.ofNullable(dueOn);
    }

    /** Awaiting its answer after the day it was expected. */
    public boolean isLate(LocalDate today) {
        return !isAnswered() && dueOn != null && today.isAfter(dueOn);
    }

    public Optional<OpinionVerdict> verdict() {
        return Optional.ofNullable(verdict);
    }

    public Optional<Actor> answeredBy() {
        return Optional.ofNullable(answeredBy);
    }

    public Optional<Instant> answeredAt() {
        return Optional.ofNullable(answeredAt);
    }
}
