package app.factdesk.discussion;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes notification e-mails in the recipient's UI language: a plain-text part and an HTML part ({@code dir="rtl"}
 * for Arabic). They say what the bell says and link to the claim; they never carry evidence.
 */
@Component
class MailComposer {

    /** One notification as a mail line: its message and the claim it links to (null: none). */
    record Line(NotificationType type, List<String> params, Long claimId) {
    }

    record Content(String subject, String text, String html) {
    }

    private static final int SUBJECT_MAX = 150;

    private final I18NProvider messages;
    private final String baseUrl;

    MailComposer(I18NProvider messages, @Value("${factdesk.base-url:http://localhost:8080}") String baseUrl) {
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The e-mail of one notification. */
    Content single(Locale locale, String displayName, String workspaceName, Line line) {
        String message = message(locale, line);
        String subject = t(locale, "mail.subject", oneLine(message));
        StringBuilder text = new StringBuilder(t(locale, "mail.greeting", displayName)).append("\n\n")
                .append(message).append('\n').append(t(locale, "mail.workspace", workspaceName)).append("\n\n")
                .append(t(locale, "mail.open-claim")).append(": ").append(link(line)).append('\n');
        StringBuilder html = new StringBuilder("<p>").append(h(t(locale, "mail.greeting", displayName)))
                .append("</p>\n<p>").append(h(message)).append("<br>").append(h(t(locale, "mail.workspace",
                        workspaceName))).append("</p>\n<p><a href=\"").append(h(link(line))).append("\">")
                .append(h(t(locale, "mail.open-claim"))).append("</a></p>\n");
        return finish(locale, subject, text, html);
    }

    /** The daily digest of one person: their notifications grouped by workspace, oldest first. */
    Content digest(Locale locale, String displayName, Map<String, List<Line>> byWorkspace) {
        int count = byWorkspace.values().stream().mapToInt(List::size).sum();
        String subject = t(locale, "mail.digest-subject", count);
        StringBuilder text = new StringBuilder(t(locale, "mail.greeting", displayName)).append("\n\n")
                .append(t(locale, "mail.digest-intro")).append('\n');
        StringBuilder html = new StringBuilder("<p>").append(h(t(locale, "mail.greeting", displayName)))
                .append("</p>\n<p>").append(h(t(locale, "mail.digest-intro"))).append("</p>\n");
        byWorkspace.forEach((workspace, lines) -> {
            text.append('\n').append(t(locale, "mail.workspace", workspace)).append('\n');
            html.append("<h2>").append(h(t(locale, "mail.workspace", workspace))).append("</h2>\n<ul>\n");
            for (Line line : lines) {
                String message = message(locale, line);
                text.append("- ").append(message).append("\n  ").append(link(line)).append('\n');
                html.append("<li>").append(h(message)).append(" <a href=\"").append(h(link(line))).append("\">")
                        .append(h(t(locale, "mail.open-claim"))).append("</a></li>\n");
            }
            html.append("</ul>\n");
        });
        return finish(locale, subject, text, html);
    }

    private Content finish(Locale locale, String subject, StringBuilder text, StringBuilder html) {
        String footer = t(locale, "mail.footer", baseUrl + "/profile");
        text.append("\n-- \n").append(footer).append('\n');
        boolean rtl = "ar".equals(locale.getLanguage());
        String document = "<!DOCTYPE html>\n<html lang=\"" + (rtl ? "ar" : "en") + "\" dir=\"" + (rtl ? "rtl" : "ltr")
                + "\">\n<head><meta charset=\"UTF-8\"><title>" + h(subject) + "</title></head>\n<body dir=\""
                + (rtl ? "rtl" : "ltr") + "\">\n" + html + "<hr>\n<p><small>" + h(footer) + "</small></p>\n"
                + "</body>\n</html>\n";
        return new Content(subject, text.toString(), document);
    }

    private String message(Locale locale, Line line) {
        return t(locale, "notification." + line.type().name(), line.params().toArray());
    }

    private String link(Line line) {
        return line.claimId() == null ? baseUrl + "/" : baseUrl + "/claims/" + line.claimId();
    }

    private String t(Locale locale, String key, Object... params) {
        return messages.getTranslation(key, locale, params);
    }

    private static String oneLine(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= SUBJECT_MAX ? flat : flat.substring(0, SUBJECT_MAX - 1) + "…";
    }

    private static String h(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
