package app.factdesk.verdict.snapshot;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

/**
 * The web as the capture tests need it, served from the test JVM (JDK HTTP server on 127.0.0.1): an article with
 * images and a stylesheet, redirects (also to internal addresses), a huge body, a slow answer, a PDF,
 * a 404, gzip and chunked bodies, an Arabic page in windows-1256.
 */
final class TestSite implements AutoCloseable {

    static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");
    static final String ARABIC = "قال المتحدث باسم الكرملين إنه لا توجد اتصالات بين الرئيسين";

    private final HttpServer server;
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    TestSite(byte[] pdf) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            try {
                serve(exchange, path, pdf);
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    private void serve(HttpExchange exchange, String path, byte[] pdf) throws IOException {
        switch (path) {
            case "/article.html" -> send(exchange, 200, "text/html; charset=utf-8", ("<!doctype html><html><head>"
                    + "<title>Briefing</title><link rel=stylesheet href=/style.css><script src=/app.js></script>"
                    + "</head><body><h1>Peskov briefing</h1><p>There were no contacts, the spokesman said.</p>"
                    + "<img src=/one.png alt=one><img src=/two.png alt=two><a href=/more.html>more</a>"
                    + "</body></html>").getBytes(StandardCharsets.UTF_8));
            case "/style.css" -> send(exchange, 200, "text/css", "h1 { color: rgb(10, 20, 30); }".getBytes());
            case "/one.png", "/two.png" -> send(exchange, 200, "image/png", PNG);
            case "/app.js" -> send(exchange, 200, "application/javascript", "document.title='ran'".getBytes());
            case "/hop1" -> redirect(exchange, "/hop2");
            case "/hop2" -> redirect(exchange, "/hop3");
            case "/hop3" -> redirect(exchange, "/article.html");
            case "/loop" -> redirect(exchange, "/loop");
            case "/to-loopback" -> redirect(exchange, "http://127.0.0.1:" + (port() == 65000 ? 65001 : 65000) + "/");
            case "/to-metadata" -> redirect(exchange, "http://169.254.169.254/latest/meta-data/");
            case "/huge" -> {
                exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
                exchange.sendResponseHeaders(200, 25L * 1024 * 1024);
                try (OutputStream out = exchange.getResponseBody()) {
                    byte[] chunk = new byte[1024 * 1024];
                    for (int i = 0; i < 25; i++) {
                        out.write(chunk);
                    }
                } catch (IOException dropped) {
                    // the capture stops reading at its limit
                }
            }
            case "/slow" -> {
                sleep(7000);
                send(exchange, 200, "text/html", "<p>late</p>".getBytes());
            }
            case "/report.pdf" -> send(exchange, 200, "application/pdf", pdf);
            case "/gzip-chunked.html" -> {
                ByteArrayOutputStream zipped = new ByteArrayOutputStream();
                try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
                    gzip.write("<html><body><p>Compressed and chunked page</p></body></html>"
                            .getBytes(StandardCharsets.UTF_8));
                }
                exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
                exchange.getResponseHeaders().add("Content-Encoding", "gzip");
                exchange.sendResponseHeaders(200, 0); // 0: chunked
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(zipped.toByteArray());
                }
            }
            case "/arabic-1256.html" -> send(exchange, 200, "text/html", ("<html><head><meta http-equiv="
                    + "\"Content-Type\" content=\"text/html; charset=windows-1256\"></head><body><p>" + ARABIC
                    + "</p></body></html>").getBytes(Charset.forName("windows-1256")));
            default -> send(exchange, 404, "text/html", "<h1>Not found</h1>".getBytes());
        }
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(302, -1);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    int port() {
        return server.getAddress().getPort();
    }

    String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    int hits(String path) {
        AtomicInteger count = hits.get(path);
        return count == null ? 0 : count.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
