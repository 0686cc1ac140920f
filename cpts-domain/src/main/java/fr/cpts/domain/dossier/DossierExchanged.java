package fr.cpts.domain.dossier;

import fr.cpts.domain.account.Actor;
import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.shared.event.DomainEvent;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Something was said about a filed dossier: a message of its thread (between the porteur and the ARS), an opinion
 * asked by the ARS of the URPS or the CPAM, or an opinion given. What it says stays in the dossier; the event says
 * who, when, and to whom it matters.
 *
 * @param opinion the opinion asked or given, with the body it is asked of; empty for a message
 */
public record DossierExchanged(
        CptsId cpts,
        DossierId dossier,
        DossierKind kind,
        Exchange exchange,
        Optional<Opinion> opinion,
        Actor actor,
        Instant at)
        implements DomainEvent {

    /** What was said. */
    public enum Exchange {
        MESSAGE,
        OPINION_ASKED,
        OPINION_GIVEN
    }

    /** Which opinion, of which body. */
    public record Opinion(long id, OpinionBody body) {}

    public DossierExchanged {
        Objects.requireNonNull(cpts, "CPTS");
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(kind, "type de dossier");
        Objects.requireNonNull(exchange, "échange");
        Objects.requireNonNull(opinion, "avis");
        Objects.requireNonNull(actor, "auteur");
        Objects.requireNonNull(at, "date");
    }

    /** An opinion asked or given on that stored dossier. */
    public static DossierExchanged opinion(
            Dossier dossier, Exchange exchange, OpinionRequest opinion, Actor by, Instant at) {
        return new DossierExchanged(
                dossier.cpts(),
                dossier.id().orElseThrow(),
                dossier.kind(),
                exchange,
                Optional.of(new Opinion(opinion.id().orElseThrow(), opinion.body())),
                by,
                at);
    }
}
