package fr.cpts.web.errors;

import fr.cpts.web.security.SecurityHeaders;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.context.MessageSource;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.web.util.HtmlUtils;

/**
 * The container's error report, for a response no page of the application wrote: a short French page, styled by the
 * DSFR, with the security headers, and never Tomcat's name, version or stack trace.
 */
public class FrenchErrorReportValve extends ErrorReportValve {

    private final MessageSource messages;

    /** As the host would create it by name: the generic French text. */
    public FrenchErrorReportValve() {
        this(new StaticMessageSource());
    }

    FrenchErrorReportValve(MessageSource messages) {
        this.messages = messages;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        SecurityHeaders.writeTo(response);
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try {
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(page(status));
            }
        } catch (IOException | IllegalStateException gone) {
            // the client left, or the response cannot be written any more: nothing else to say
        }
    }

    private String page(int status) {
        String title = text("error.container." + status + ".title", text("error.title", "Une erreur est survenue"));
        String text = text(
                "error.container." + status + ".text",
                "La demande n'a pas pu aboutir. Réessayez dans quelques instants ; si le problème persiste, "
                        + "contactez l'administrateur de la plateforme.");
        return """
                <!DOCTYPE html>
                <html lang="fr"><head><meta charset="utf-8"><title>%1$s — Plateforme CPTS</title>
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <link rel="stylesheet" href="/dsfr/dsfr.min.css"></head>
                <body><main class="fr-container fr-my-6w" id="contenu">
                <h1>%1$s</h1><p>%2$s</p><p class="fr-text--sm">Erreur %3$d</p>
                <p><a class="fr-btn" href="/">%4$s</a></p>
                </main></body></html>
                """.formatted(
                        HtmlUtils.htmlEscape(title, "UTF-8"),
                        HtmlUtils.htmlEscape(text, "UTF-8"),
                        status,
                        HtmlUtils.htmlEscape(text("error.home", "Retour à l'accueil"), "UTF-8"));
    }

    private String text(String code, String otherwise) {
        return messages.getMessage(code, null, otherwise, Locale.FRANCE);
    }
}
