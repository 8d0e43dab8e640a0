package app.factdesk.verdict.snapshot;

import app.factdesk.shared.net.SafeFetcher;
import app.factdesk.shared.net.TargetPolicy;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageVersion;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.netpreserve.jwarc.Warcinfo;
import org.netpreserve.jwarc.WarcWriter;

/**
 * One capture of a URL (ADR 026): the page, following up to the redirect limit (each hop recorded and checked), and
 * for an HTML page its images and stylesheets (never scripts) within the count and byte budget, written as WARC 1.1
 * request/response records; the readable text of the page (HTML through jsoup with its declared charset, PDF through
 * PDFBox); the SHA-256 of the WARC bytes.
 */
final class Capture {

    /** The outcome: captured (WARC and its digest, text) or failed (message key and detail). */
    record Result(boolean captured, byte[] warc, String sha256, String finalUrl, Integer status, String contentType,
            int resources, boolean truncated, String text, String failure, String failureDetail, Instant at) {

        static Result failed(String failure, String detail, Instant at) {
            return new Result(false, null, null, null, null, null, 0, false, null, failure,
                    detail == null ? null : detail.length() > 500 ? detail.substring(0, 500) : detail, at);
        }
    }

    /** The limits of one capture, from configuration. */
    record Limits(long maxBytes, java.time.Duration timeout, int maxRedirects, int maxResources) {
    }

    private static final int MAX_TEXT = 1_000_000;

    private Capture() {
    }

    static Result run(URI url, Limits limits, List<TargetPolicy.Entry> allowed, String userAgent) {
        Instant started = Instant.now();
        Instant deadline = started.plus(limits.timeout());
        List<SafeFetcher.Fetched> exchanges = new ArrayList<>();
        long budget = limits.maxBytes();
        try (SafeFetcher fetcher = new SafeFetcher(allowed, userAgent)) {
            SafeFetcher.Fetched page;
            try {
                page = follow(fetcher, url, limits, deadline, budget, exchanges);
            } catch (SafeFetcher.Refused refused) {
                return Result.failed(refused.reason, refused.getMessage(), Instant.now());
            }
            for (SafeFetcher.Fetched exchange : exchanges) {
                budget -= exchange.body().length;
            }
            if (page.status() >= 400) {
                return Result.failed("snapshot.failed.http-status", page.status() + " " + page.reasonPhrase(),
                        Instant.now());
            }
            String contentType = page.header("Content-Type");
            byte[] decoded = decoded(page);
            String text = null;
            int resources = 0;
            boolean truncated = page.truncated();
            if (isHtml(contentType, decoded)) {
                Document document = Jsoup.parse(new ByteArrayInputStream(decoded), charset(contentType),
                        page.uri().toString());
                for (URI resource : resources(document, limits.maxResources())) {
                    if (budget <= 0 || Instant.now().isAfter(deadline)) {
                        truncated = true;
                        break;
                    }
                    try {
                        List<SafeFetcher.Fetched> hops = new ArrayList<>();
                        follow(fetcher, resource, limits, deadline, budget, hops);
                        for (SafeFetcher.Fetched hop : hops) {
                            budget -= hop.body().length;
                            truncated |= hop.truncated();
                        }
                        exchanges.addAll(hops);
                        resources++;
                    } catch (SafeFetcher.Refused skipped) {
                        // A resource that cannot be fetched (or may not be) is left out; the page is still kept.
                    }
                }
                document.select("script, style, noscript, template").remove();
                text = document.body() == null ? document.text() : document.body().text();
            } else if (isPdf(contentType, decoded)) {
                text = pdfText(decoded);
            }
            if (text != null && text.length() > MAX_TEXT) {
                text = text.substring(0, MAX_TEXT);
            }
            byte[] warc = warc(exchanges, userAgent, started);
            return new Result(true, warc, sha256(warc), page.uri().toString(), page.status(), contentType, resources,
                    truncated, text, null, null, Instant.now());
        } catch (IOException e) {
            return Result.failed("snapshot.failed.unreachable", e.getMessage(), Instant.now());
        }
    }

    /** Fetches {@code url} following redirects one checked hop at a time; every hop is recorded in {@code hops}. */
    private static SafeFetcher.Fetched follow(SafeFetcher fetcher, URI url, Limits limits, Instant deadline,
            long budget, List<SafeFetcher.Fetched> hops) throws SafeFetcher.Refused {
        URI next = url;
        for (int redirects = 0; ; redirects++) {
            SafeFetcher.Fetched fetched = fetcher.get(next, Math.max(0, budget), deadline);
            hops.add(fetched);
            budget -= fetched.body().length;
            String location = fetched.header("Location");
            if (fetched.status() < 300 || fetched.status() >= 400 || fetched.status() == 304 || location == null) {
                if (fetched.timedOut() && fetched.body().length == 0) {
                    throw new SafeFetcher.Refused("snapshot.failed.timeout", next.toString());
                }
                return fetched;
            }
            if (redirects >= limits.maxRedirects()) {
                throw new SafeFetcher.Refused("snapshot.failed.too-many-redirects", next.toString());
            }
            try {
                next = next.resolve(location.strip());
            } catch (IllegalArgumentException e) {
                throw new SafeFetcher.Refused("snapshot.failed.unreachable", "bad redirect " + location);
            }
        }
    }

    private static Set<URI> resources(Document document, int max) {
        Set<URI> found = new LinkedHashSet<>();
        for (Element element : document.select("img[src], link[href]")) {
            if (element.tagName().equals("link")
                    && !element.attr("rel").toLowerCase(Locale.ROOT).contains("stylesheet")) {
                continue;
            }
            String absolute = element.absUrl(element.tagName().equals("img") ? "src" : "href");
            if (absolute.startsWith("http://") || absolute.startsWith("https://")) {
                try {
                    found.add(URI.create(absolute.replace(" ", "%20")));
                } catch (IllegalArgumentException ignored) {
                    // not a URL we can fetch
                }
            }
            if (found.size() >= max) {
                break;
            }
        }
        return found;
    }

    /** The body as the page's content, gzip undone (bounded, a small file that inflates hugely is cut). */
    static byte[] decoded(SafeFetcher.Fetched fetched) {
        String encoding = fetched.header("Content-Encoding");
        if (encoding == null || !encoding.toLowerCase(Locale.ROOT).contains("gzip")) {
            return fetched.body();
        }
        return gunzip(fetched.body());
    }

    static byte[] gunzip(byte[] body) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            int read;
            while ((read = in.read(buffer)) != -1 && out.size() < 50 * 1024 * 1024) {
                out.write(buffer, 0, read);
            }
            return out.toByteArray();
        } catch (IOException e) {
            return body;
        }
    }

    static boolean isHtml(String contentType, byte[] body) {
        if (contentType != null) {
            String type = contentType.toLowerCase(Locale.ROOT);
            return type.startsWith("text/html") || type.startsWith("application/xhtml");
        }
        String start = new String(body, 0, Math.min(body.length, 512), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT).stripLeading();
        return start.startsWith("<!doctype html") || start.startsWith("<html");
    }

    static boolean isPdf(String contentType, byte[] body) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/pdf")
                || body.length > 4 && body[0] == '%' && body[1] == 'P' && body[2] == 'D' && body[3] == 'F';
    }

    /** The charset the Content-Type names, or null to let jsoup read the page's own declaration. */
    static String charset(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                String name = p.substring(8).replace("\"", "").strip();
                return Charset.isSupported(name) ? name : null;
            }
        }
        return null;
    }

    private static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(200);
            return stripper.getText(document);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static byte[] warc(List<SafeFetcher.Fetched> exchanges, String userAgent, Instant started)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (WarcWriter writer = new WarcWriter(out)) {
            writer.write(new Warcinfo.Builder().version(MessageVersion.WARC_1_1).date(started).fields(java.util.Map.of(
                    "software", List.of("Fact Desk"), "format", List.of("WARC File Format 1.1"),
                    "http-header-user-agent", List.of(userAgent))).build());
            for (SafeFetcher.Fetched exchange : exchanges) {
                HttpRequest.Builder request = new HttpRequest.Builder("GET", exchange.uri().getRawPath() == null
                        || exchange.uri().getRawPath().isEmpty() ? "/" + query(exchange.uri())
                        : exchange.uri().getRawPath() + query(exchange.uri()));
                for (String[] header : exchange.requestHeaders()) {
                    request.addHeader(header[0], header[1]);
                }
                URI requestId = URI.create("urn:uuid:" + UUID.randomUUID());
                byte[] requestBlock = request.build().serializeHeader();
                writer.write(new WarcRequest.Builder(exchange.uri()).version(MessageVersion.WARC_1_1)
                        .recordId(requestId).date(exchange.at())
                        .ipAddress(exchange.address()).body(MediaType.HTTP_REQUEST, requestBlock)
                        .blockDigest(new WarcDigest("sha256", digest(requestBlock))).build());
                HttpResponse.Builder response = new HttpResponse.Builder(exchange.status(),
                        exchange.reasonPhrase() == null ? "" : exchange.reasonPhrase());
                for (String[] header : exchange.headers()) {
                    if (!header[0].equalsIgnoreCase("Transfer-Encoding")
                            && !header[0].equalsIgnoreCase("Content-Length")) {
                        response.addHeader(header[0], header[1]);
                    }
                }
                response.addHeader("Content-Length", Integer.toString(exchange.body().length));
                byte[] head = response.build().serializeHeader();
                byte[] block = new byte[head.length + exchange.body().length];
                System.arraycopy(head, 0, block, 0, head.length);
                System.arraycopy(exchange.body(), 0, block, head.length, exchange.body().length);
                WarcResponse.Builder record = new WarcResponse.Builder(exchange.uri()).version(MessageVersion.WARC_1_1)
                        .date(exchange.at())
                        .ipAddress(exchange.address()).concurrentTo(requestId)
                        .body(MediaType.HTTP_RESPONSE, block)
                        .blockDigest(new WarcDigest("sha256", digest(block)))
                        .payloadDigest(new WarcDigest("sha256", digest(exchange.body())));
                if (exchange.truncated()) {
                    record.truncated(exchange.timedOut() ? WarcTruncationReason.TIME : WarcTruncationReason.LENGTH);
                }
                writer.write(record.build());
            }
        }
        return out.toByteArray();
    }

    private static String query(URI uri) {
        return uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
    }

    static byte[] digest(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest(bytes));
    }
}
