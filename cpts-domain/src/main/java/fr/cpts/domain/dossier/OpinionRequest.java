package fr.cpts.domain.dossier;

import fr.cpts.domain.account.Actor;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.shared.DomainException;
import fr.cpts.domain.shared.FrenchDates;
import fr.cpts.domain.shared.TypedText;
import java.time.Instant;
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
    private String answer;
    private Actor answeredBy;
    private Instant answeredAt;

    private OpinionRequest(
            Long id,
            DossierId dossier,
            OpinionBody body,
            String question,
            Actor requestedBy,
            Instant requestedAt,
            String answer,
            Actor answeredBy,
            Instant answeredAt) {
        this.id = id;
        this.dossier = Objects.requireNonNull(dossier, "dossier");
        this.body = Objects.requireNonNull(body, "organisme consulté");
        this.question = DossierContent.clean(question);
        this.requestedBy = Objects.requireNonNull(requestedBy, "demandeur");
        this.requestedAt = Objects.requireNonNull(requestedAt, "date de la demande");
        this.answer = answer;
        this.answeredBy = answeredBy;
        this.answeredAt = answeredAt;
    }

    /** The ARS asks the body a question about the dossier. */
    public static OpinionRequest ask(DossierId dossier, OpinionBody body, String question, Actor officer, Instant at) {
        if (officer.role() != Role.ARS_OFFICER) {
            throw new DomainException("Seul un agent ARS peut demander un avis sur un dossier.");
        }
        if (DossierContent.clean(question).isEmpty()) {
            throw new DomainException("La question posée à l'organisme consulté est obligatoire.");
        }
        TypedText.within(question, "Question", TypedText.REASON_MAX);
        return new OpinionRequest(null, dossier, body, question, officer, at, null, null, null);
    }

    public static OpinionRequest restore(
            long id,
            DossierId dossier,
            OpinionBody body,
            String question,
            Actor requestedBy,
            Instant requestedAt,
            String answer,
            Actor answeredBy,
            Instant answeredAt) {
        return new OpinionRequest(
                id, dossier, body, question, requestedBy, requestedAt, answer, answeredBy, answeredAt);
    }

    /**
     * Records the answer: by an ARS officer (an answer received by mail) or, for the CPAM, by a CPAM officer; the
     * caller has checked the CPAM officer's départements cover the CPTS.
     */
    public void answer(String text, Actor by, Instant at) {
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

    public Optional<Actor> answeredBy() {
        return Optional.ofNullable(answeredBy);
    }

    public Optional<Instant> answeredAt() {
        return Optional.ofNullable(answeredAt);
    }
}
