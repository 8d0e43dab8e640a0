package app.factdesk.article;

import app.factdesk.shared.UserFacingException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Turns an uploaded .txt, .md or .html file into article text. The bytes decide, not the name or the browser's
 * content type: they must be valid UTF-8 text without control characters; HTML is recognized by its markup and
 * converted to text with paragraph breaks, scripts and styles dropped.
 */
public final class ArticleFiles {

    public static final int MAX_BYTES = app.factdesk.shared.RequestLimits.ARTICLE_FILE_BYTES;

    /** The text of a file and, for HTML, its title. */
    public record Extracted(String title, String body) {
    }

    private ArticleFiles() {
    }

    public static Extracted extract(String fileName, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new UserFacingException("article.file-too-large", MAX_BYTES / (1024 * 1024));
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (!(name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".html") || name.endsWith(".htm"))) {
            throw new UserFacingException("article.file-type");
        }
        String text = decode(bytes);
        if (looksLikeHtml(text)) {
            return fromHtml(text);
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            throw new UserFacingException("article.file-not-html");
        }
        return new Extracted(null, text);
    }

    static String decode(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
                text = text.substring(1);
            }
            if (text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
                throw new UserFacingException("article.file-not-text");
            }
            return text;
        } catch (CharacterCodingException e) {
            throw new UserFacingException("article.file-not-utf8");
        }
    }

    private static boolean looksLikeHtml(String text) {
        String head = text.stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html")
                || (head.startsWith("<") && (head.contains("<body") || head.contains("<p>") || head.contains("<p ")));
    }

    private static Extracted fromHtml(String html) {
        Document doc = Jsoup.parse(html);
        doc.select("script, style, noscript, template, iframe, object, svg, head > :not(title)").remove();
        StringBuilder out = new StringBuilder();
        doc.body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(text.text());
                } else if (node instanceof Element e && e.normalName().equals("br")) {
                    out.append('\n');
                } else if (node instanceof Element e && e.isBlock()) {
                    out.append("\n\n");
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock()) {
                    out.append("\n\n");
                }
            }
        });
        String body = out.toString().replaceAll("[ \\t]*\\n[ \\t]*", "\n").replaceAll("\\n{3,}", "\n\n").strip();
        String title = doc.title().isBlank() ? null : doc.title().strip();
        return new Extracted(title, body);
    }
}
