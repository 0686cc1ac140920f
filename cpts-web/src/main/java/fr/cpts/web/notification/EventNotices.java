package fr.cpts.web.notification;

import fr.cpts.domain.account.Role;
import fr.cpts.domain.assistant.SubsidyRequestMove;
import fr.cpts.domain.assistant.SubsidyRequestMoved;
import fr.cpts.domain.contract.ContractParty;
import fr.cpts.domain.contract.ContractSigned;
import fr.cpts.domain.dossier.DossierExchanged;
import fr.cpts.domain.dossier.DossierKind;
import fr.cpts.domain.dossier.DossierMoved;
import fr.cpts.domain.dossier.OpinionBody;
import fr.cpts.domain.notification.Audience;
import fr.cpts.domain.notification.Notice;
import fr.cpts.domain.notification.NotificationKind;
import fr.cpts.domain.review.ReviewMoved;
import fr.cpts.domain.shared.event.DomainEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What each domain event tells whom: the porteurs of decisions, corrections asked, messages, opinions, signatures,
 * review steps and subsidy decisions; the officers of the CPTS's scope of filings, resubmissions, messages, opinions
 * asked and signatures awaited from their institution. Each notice names the page where it is seen.
 */
final class EventNotices {

    private EventNotices() {}

    static List<Notice> of(DossierMoved moved) {
        String dossier = moved.kind().label().toLowerCase();
        String porteurPage = porteurPage(moved.kind());
        String arsPage = "/ars/dossiers/" + moved.dossier().value();
        return switch (moved.step().move()) {
            case SUBMIT ->
                List.of(notice(
                        moved,
                        NotificationKind.NEW_FILING,
                        Audience.ARS,
                        capital(dossier) + " déposé" + feminine(moved.kind()) + " : à instruire",
                        arsPage));
            case RESUBMIT ->
                List.of(notice(
                        moved,
                        NotificationKind.RESUBMISSION,
                        Audience.ARS,
                        capital(dossier) + " de nouveau déposé" + feminine(moved.kind()) + " après corrections",
                        arsPage));
            case TAKE ->
                List.of(notice(
                        moved,
                        NotificationKind.DOSSIER_DECISION,
                        Audience.PORTEURS,
                        "Votre " + dossier + " est pris" + feminine(moved.kind()) + " en instruction par l'ARS",
                        porteurPage));
            case REQUEST_CORRECTIONS ->
                List.of(notice(
                        moved,
                        NotificationKind.CORRECTIONS_REQUESTED,
                        Audience.PORTEURS,
                        "L'ARS demande des corrections sur votre " + dossier,
                        porteurPage));
            case VALIDATE ->
                List.of(notice(
                        moved,
                        NotificationKind.DOSSIER_DECISION,
                        Audience.PORTEURS,
                        "Votre " + dossier + " est validé" + feminine(moved.kind()) + " par l'ARS",
                        porteurPage));
            case REFUSE ->
                List.of(notice(
                        moved,
                        NotificationKind.DOSSIER_DECISION,
                        Audience.PORTEURS,
                        "Votre " + dossier + " est refusé" + feminine(moved.kind()) + " par l'ARS",
                        porteurPage));
            case CLOSE ->
                List.of(notice(
                        moved,
                        NotificationKind.DOSSIER_DECISION,
                        Audience.PORTEURS,
                        "Votre " + dossier + " est classé" + feminine(moved.kind()) + " sans suite par l'ARS",
                        porteurPage));
        };
    }

    static List<Notice> of(DossierExchanged exchanged) {
        String dossier = exchanged.kind().label().toLowerCase();
        String porteurPage = porteurPage(exchanged.kind());
        String arsPage = "/ars/dossiers/" + exchanged.dossier().value();
        boolean byPorteur = exchanged.actor().role() == Role.PORTEUR;
        return switch (exchanged.exchange()) {
            case MESSAGE ->
                byPorteur
                        ? List.of(notice(
                                exchanged,
                                NotificationKind.MESSAGE,
                                Audience.ARS,
                                "Nouveau message de la CPTS " + "sur son " + dossier,
                                arsPage + "#messages"))
                        : List.of(notice(
                                exchanged,
                                NotificationKind.MESSAGE,
                                Audience.PORTEURS,
                                "Nouveau message de " + "l'ARS sur votre " + dossier,
                                porteurPage));
            case OPINION_ASKED -> {
                DossierExchanged.Opinion opinion = exchanged.opinion().orElseThrow();
                yield opinion.body() == OpinionBody.CPAM
                        ? List.of(notice(
                                exchanged,
                                NotificationKind.OPINION_REQUESTED,
                                Audience.CPAM,
                                "L'ARS demande " + "l'avis de la CPAM sur " + article(exchanged.kind()) + dossier,
                                "/cpam/avis/" + opinion.id()))
                        : List.of();
            }
            case OPINION_GIVEN -> {
                String body = exchanged.opinion().orElseThrow().body().label();
                List<Notice> notices = new ArrayList<>(List.of(notice(
                        exchanged,
                        NotificationKind.OPINION,
                        Audience.PORTEURS,
                        "Avis " + (body.equals("CPAM") ? "de la CPAM" : "de l'URPS") + " rendu sur " + "votre "
                                + dossier,
                        porteurPage)));
                if (exchanged.actor().role() == Role.CPAM_OFFICER) {
                    notices.add(notice(
                            exchanged,
                            NotificationKind.OPINION,
                            Audience.ARS,
                            "Avis de la CPAM rendu sur " + article(exchanged.kind()) + dossier,
                            arsPage + "#avis"));
                }
                yield notices;
            }
        };
    }

    static List<Notice> of(ContractSigned signed) {
        String version = "version " + signed.version();
        String by = signed.party().label();
        List<Notice> notices = new ArrayList<>();
        String awaiting = signed.awaiting().stream().map(ContractParty::label).collect(Collectors.joining(", "));
        notices.add(notice(
                signed,
                NotificationKind.SIGNATURE,
                Audience.PORTEURS,
                signed.fullySigned()
                        ? "Contrat ACI (" + version + ") signé par les trois parties : il est en vigueur"
                        : "Contrat ACI (" + version + ") signé par " + by + " ; signatures attendues : " + awaiting,
                "/porteur/contrat"));
        for (ContractParty party : signed.awaiting()) {
            if (party == ContractParty.ARS || party == ContractParty.CPAM) {
                String prefix = party == ContractParty.ARS ? "/ars" : "/cpam";
                notices.add(notice(
                        signed,
                        NotificationKind.SIGNATURE_AWAITED,
                        party == ContractParty.ARS ? Audience.ARS : Audience.CPAM,
                        "Contrat ACI (" + version + ") signé par " + by + " : la signature " + party.ofLabel()
                                + " est attendue",
                        prefix + "/cpts/" + signed.cpts().value() + "/contrat"));
            }
        }
        return notices;
    }

    static List<Notice> of(ReviewMoved moved) {
        int year = moved.contractYear();
        String porteurPage = "/porteur/contrat/revues/" + year;
        String cpamPage = "/cpam/cpts/" + moved.cpts().value() + "/revues/" + year;
        String review = "revue annuelle de l'année " + year + " du contrat";
        return switch (moved.step().move()) {
            case SUBMIT ->
                List.of(notice(
                        moved,
                        NotificationKind.NEW_FILING,
                        Audience.CPAM,
                        capital(review) + " déposée : à examiner",
                        cpamPage));
            case RESUBMIT ->
                List.of(notice(
                        moved,
                        NotificationKind.RESUBMISSION,
                        Audience.CPAM,
                        capital(review) + " de nouveau déposée après corrections",
                        cpamPage));
            case REQUEST_CORRECTIONS ->
                List.of(notice(
                        moved,
                        NotificationKind.CORRECTIONS_REQUESTED,
                        Audience.PORTEURS,
                        "La CPAM demande des corrections sur la " + review,
                        porteurPage));
            case CLOSE ->
                List.of(notice(
                        moved,
                        NotificationKind.REVIEW_STEP,
                        Audience.PORTEURS,
                        capital(review) + " clôturée par la CPAM : le relevé de paiement est disponible",
                        porteurPage));
            case DECLARE_CRISIS ->
                List.of(notice(
                        moved,
                        NotificationKind.REVIEW_STEP,
                        Audience.PORTEURS,
                        "L'ARS a déclaré une crise sanitaire grave pour la " + review,
                        porteurPage));
            case DECLARE, ACCEPT, ADJUST -> List.of();
        };
    }

    static List<Notice> of(SubsidyRequestMoved moved) {
        long id = moved.request().value();
        return switch (moved.step().move()) {
            case FILE ->
                List.of(notice(
                        moved,
                        NotificationKind.NEW_FILING,
                        Audience.CPAM,
                        "Demande d'aide à l'emploi " + "d'un assistant médical déposée : à décider",
                        "/cpam/assistants-medicaux/" + id));
            case ACCEPT, REFUSE ->
                List.of(notice(
                        moved,
                        NotificationKind.SUBSIDY_DECISION,
                        Audience.PORTEURS,
                        "Votre demande d'aide à l'emploi d'un assistant médical est "
                                + (moved.step().move() == SubsidyRequestMove.ACCEPT ? "acceptée" : "refusée")
                                + " par la CPAM",
                        "/porteur/assistants-medicaux/" + id));
        };
    }

    private static Notice notice(
            DomainEvent event, NotificationKind kind, Audience audience, String title, String link) {
        return new Notice(
                kind,
                audience,
                event.cpts(),
                title,
                link,
                event.at(),
                event.actor().username());
    }

    private static String porteurPage(DossierKind kind) {
        return "/porteur/dossiers/" + kind.slug();
    }

    /** « e » for the letter of intent (la lettre), nothing for the health project (le projet). */
    private static String feminine(DossierKind kind) {
        return kind == DossierKind.LETTRE_INTENTION ? "e" : "";
    }

    private static String article(DossierKind kind) {
        return kind == DossierKind.LETTRE_INTENTION ? "la " : "le ";
    }

    private static String capital(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
