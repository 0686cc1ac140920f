package fr.cpts.web.mail;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * The HTML part of a mail, written from its plain text: every character escaped, each blank-line-separated block a
 * paragraph, each line break kept, each address of the platform a link; the subject as the heading. Nothing typed by
 * anyone can become markup.
 */
final class MailHtml {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");

    private MailHtml() {}

    static String of(String subject, String text) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"UTF-8\"><title>")
                .append(HtmlUtils.htmlEscape(subject))
                .append("</title></head><body style=\"font-family: Marianne, Arial, sans-serif; color: #161616; ")
                .append("max-width: 40em\"><h1 style=\"font-size: 1.25em\">")
                .append(HtmlUtils.htmlEscape(subject))
                .append("</h1>");
        for (String block : text.strip().split("\\n\\s*\\n")) {
            html.append("<p>")
                    .append(linked(block.strip()).replace("\n", "<br>"))
                    .append("</p>");
        }
        return html.append("</body></html>").toString();
    }

    private static String linked(String block) {
        Matcher links = LINK.matcher(block);
        StringBuilder out = new StringBuilder();
        int from = 0;
        while (links.find()) {
            out.append(HtmlUtils.htmlEscape(block.substring(from, links.start())));
            String href = HtmlUtils.htmlEscape(links.group());
            out.append("<a href=\"").append(href).append("\">").append(href).append("</a>");
            from = links.end();
        }
        return out.append(HtmlUtils.htmlEscape(block.substring(from))).toString();
    }
}
