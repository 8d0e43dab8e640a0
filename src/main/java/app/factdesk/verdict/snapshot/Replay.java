package app.factdesk.verdict.snapshot;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * A captured page as a static document (ADR 026): read back from its WARC, with everything that could run or move
 * removed — scripts, frames, objects, forms, {@code <base>}, {@code <meta http-equiv>}, event handler attributes,
 * {@code javascript:} and other active URLs, CSS imports and {@code url()} — images inlined as {@code data:} URLs,
 * stylesheets inlined, links pointing at the original URLs, and a banner saying what this is. The response is served
 * with a sandboxing Content-Security-Policy as a second wall.
 */
final class Replay {

    static final String POLICY = "sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static final Pattern ACTIVE_URL = Pattern.compile("^\\s*(javascript|vbscript|data|file|blob):",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CSS_ACTIVE = Pattern.compile(
            "@import[^;]*;?|expression\\s*\\(|url\\s*\\([^)]*\\)|behavior\\s*:|-moz-binding\\s*:|javascript:",
            Pattern.CASE_INSENSITIVE);

    private record Captured(String contentType, byte[] body) {
    }

    private Replay() {
    }

    static String html(SnapshotRow row, byte[] warc, String text) throws IOException {
        Map<String, Captured> responses = responses(warc);
        Captured page = responses.get(row.finalUrl());
        String banner = "Captured by Fact Desk on " + row.finishedAt() + " from " + row.requestedUrl()
                + (row.finalUrl() != null && !row.finalUrl().equals(row.requestedUrl())
                        ? " (arrived at " + row.finalUrl() + ")" : "")
                + "; SHA-256 of the WARC " + row.warcSha256() + (row.truncated() ? "; truncated at the size or time "
                        + "limit" : "") + ". Scripts are not run; links go to the live web.";
        if (page == null || !Capture.isHtml(page.contentType(), page.body())) {
            Document plain = Document.createShell("");
            plain.title("Archived copy");
            Element body = plain.body();
            body.appendElement("div").attr("id", "factdesk-banner").attr("style", BANNER_STYLE).text(banner);
            body.appendElement("pre").attr("style", "white-space:pre-wrap").attr("dir", "auto")
                    .text(text == null ? "(no readable text: download the WARC)" : text);
            return plain.outerHtml();
        }
        Document document = Jsoup.parse(new ByteArrayInputStream(page.body()), Capture.charset(page.contentType()),
                row.finalUrl());
        document.select("script, noscript, iframe, frame, frameset, object, embed, applet, base, meta[http-equiv], "
                + "template, portal, form, input, button, select, textarea, dialog, audio, video, source, track, "
                + "svg script, math, link:not([rel~=(?i)stylesheet])").remove();
        for (Element stylesheet : document.select("link")) {
            Captured css = responses.get(stylesheet.absUrl("href"));
            if (css != null) {
                stylesheet.after(new Element("style").appendText(cleanCss(new String(css.body(),
                        java.nio.charset.StandardCharsets.UTF_8))));
            }
            stylesheet.remove();
        }
        for (Element style : document.select("style")) {
            String css = cleanCss(style.data());
            style.empty().appendText(css);
        }
        for (Element element : document.getAllElements()) {
            for (Attribute attribute : element.attributes().asList()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue();
                if (name.startsWith("on") || name.equals("srcset") || name.equals("formaction") || name.equals("ping")
                        || name.equals("xlink:href") || name.equals("action") || name.equals("background")
                        || name.equals("http-equiv") || name.equals("poster") || name.equals("data")) {
                    element.removeAttr(attribute.getKey());
                } else if (name.equals("style")) {
                    element.attr(attribute.getKey(), cleanCss(value));
                } else if ((name.equals("href") || name.equals("src")) && ACTIVE_URL.matcher(value).find()) {
                    element.removeAttr(attribute.getKey());
                }
            }
        }
        for (Element link : document.select("a[href], area[href]")) {
            link.attr("href", link.absUrl("href"));
            link.attr("rel", "noopener noreferrer");
            link.removeAttr("target");
        }
        for (Element image : document.select("img")) {
            Captured captured = responses.get(image.absUrl("src"));
            if (captured != null && captured.contentType() != null
                    && captured.contentType().toLowerCase(Locale.ROOT).startsWith("image/")) {
                image.attr("src", "data:" + captured.contentType().split(";")[0].strip() + ";base64,"
                        + Base64.getEncoder().encodeToString(captured.body()));
            } else {
                image.removeAttr("src");
            }
        }
        document.outputSettings().charset("UTF-8").escapeMode(Entities.EscapeMode.base);
        document.head().prependElement("meta").attr("charset", "UTF-8");
        document.body().prependElement("div").attr("id", "factdesk-banner").attr("style", BANNER_STYLE)
                .text(banner);
        return document.outerHtml();
    }

    private static final String BANNER_STYLE = "all:initial;display:block;font:14px/1.4 sans-serif;background:#fff3cd;"
            + "color:#1a1a1a;border-bottom:2px solid #8a6d00;padding:8px 12px;white-space:normal;direction:ltr";

    static String cleanCss(String css) {
        return CSS_ACTIVE.matcher(css).replaceAll("").replace("</", "<\\/");
    }

    /** The responses of a WARC by target URI: content type and body (gzip undone). */
    private static Map<String, Captured> responses(byte[] warc) throws IOException {
        Map<String, Captured> found = new HashMap<>();
        try (WarcReader reader = new WarcReader(new ByteArrayInputStream(warc))) {
            for (WarcRecord record : reader) {
                if (record instanceof WarcResponse response) {
                    HttpResponse http = response.http();
                    byte[] body = http.body().stream().readAllBytes();
                    String encoding = http.headers().first("Content-Encoding").orElse("");
                    if (encoding.toLowerCase(Locale.ROOT).contains("gzip")) {
                        body = Capture.gunzip(body);
                    }
                    found.putIfAbsent(response.target(), new Captured(http.headers().first("Content-Type")
                            .orElse(null), body));
                }
            }
        }
        return found;
    }
}
