package fr.cpts.web.notification;

import fr.cpts.domain.mail.OutgoingMail;
import fr.cpts.domain.notification.Digest;
import fr.cpts.domain.notification.Notice;
import fr.cpts.domain.notification.Notification;
import fr.cpts.domain.notification.Recipient;
import fr.cpts.web.FrenchFormats;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The French mails of notifications: one notice mailed at once, or a person's daily digest; each gives the link to
 * the page and says how to change one's preferences. Links start at the platform's public address
 * ({@code cpts.base-url}).
 */
@Component
class NotificationMails {

    static final String PREFERENCES_PATH = "/compte/notifications";

    private final String baseUrl;
    private final FrenchFormats formats;

    NotificationMails(@Value("${cpts.base-url}") String baseUrl, FrenchFormats formats) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.formats = formats;
    }

    OutgoingMail immediate(Recipient recipient, Notice notice, String cptsName) {
        return new OutgoingMail(
                recipient.email().orElseThrow(),
                "CPTS " + cptsName + " : " + notice.title(),
                "Bonjour " + recipient.displayName() + ",\n\n"
                        + notice.title() + " (CPTS " + cptsName + ", le " + formats.dayTime(notice.at()) + ").\n\n"
                        + "Voir sur la plateforme : " + baseUrl + notice.link() + "\n\n"
                        + footer());
    }

    OutgoingMail digest(Digest digest) {
        StringBuilder body = new StringBuilder("Bonjour " + digest.displayName() + ",\n\n"
                        + (digest.notifications().size() == 1
                                ? "Voici ce qui s'est passé depuis votre dernier résumé :"
                                : "Voici les " + digest.notifications().size()
                                        + " nouveautés depuis votre dernier résumé :"))
                .append("\n\n");
        for (Notification notification : digest.notifications()) {
            body.append("- ")
                    .append(formats.dayTime(notification.at()))
                    .append(notification.cptsName() == null ? "" : " – CPTS " + notification.cptsName())
                    .append(" : ")
                    .append(notification.title())
                    .append("\n  ")
                    .append(baseUrl)
                    .append(notification.link())
                    .append("\n");
        }
        return new OutgoingMail(
                digest.email(),
                "Votre résumé quotidien – plateforme CPTS ("
                        + digest.notifications().size()
                        + (digest.notifications().size() == 1 ? " nouveauté)" : " nouveautés)"),
                body.append("\n").append(footer()).toString());
    }

    private String footer() {
        return "Pour choisir, sujet par sujet, de recevoir ces courriels immédiatement, en un résumé quotidien ou plus "
                + "du tout : " + baseUrl + PREFERENCES_PATH + "\n\nLa plateforme CPTS";
    }
}
