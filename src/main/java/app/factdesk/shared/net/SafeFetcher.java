package app.factdesk.shared.net;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.util.Timeout;

/**
 * Fetches one URL for a capture without ever reaching an address it was not allowed to (ADR 026): the host is
 * resolved here, every address is checked against {@link TargetPolicy} (one refused address refuses the host), and
 * the HTTP client is handed exactly those addresses through its DNS resolver — no second look-up that could answer
 * differently. Redirects are not followed here; the caller follows them one hop at a time, each checked again.
 * The body is read up to a byte budget and a deadline; what does not fit is cut and marked.
 */
public final class SafeFetcher implements AutoCloseable {

    /** A refused or failed fetch, with the message key that explains it. */
    public static final class Refused extends Exception {
        public final String reason;

        public Refused(String reason, String detail) {
            super(detail);
            this.reason = reason;
        }
    }

    /** What one request gave: the response as received (body cut at the budget), where it came from. */
    public record Fetched(URI uri, InetAddress address, int status, String reasonPhrase, List<String[]> headers,
            byte[] body, boolean truncated, boolean timedOut, Instant at, List<String[]> requestHeaders) {

        public String header(String name) {
            for (String[] header : headers) {
                if (header[0].equalsIgnoreCase(name)) {
                    return header[1];
                }
            }
            return null;
        }
    }

    private final Map<String, InetAddress[]> pinned = new HashMap<>();
    private final List<TargetPolicy.Entry> allowed;
    private final String userAgent;
    private final CloseableHttpClient client;

    public SafeFetcher(List<TargetPolicy.Entry> allowed, String userAgent) {
        this.allowed = allowed;
        this.userAgent = userAgent;
        DnsResolver checkedOnly = new DnsResolver() {
            @Override
            public InetAddress[] resolve(String host) throws UnknownHostException {
                InetAddress[] addresses = pinned.get(host.toLowerCase(java.util.Locale.ROOT));
                if (addresses == null) {
                    throw new UnknownHostException(host + " was not checked");
                }
                return addresses;
            }

            @Override
            public String resolveCanonicalHostname(String host) {
                return host;
            }
        };
        PoolingHttpClientConnectionManager connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setDnsResolver(checkedOnly)
                .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(Timeout.ofSeconds(10))
                        .build())
                .build();
        this.client = HttpClients.custom().setConnectionManager(connections).disableRedirectHandling()
                .disableContentCompression().disableAutomaticRetries().disableCookieManagement()
                .disableAuthCaching().setUserAgent(userAgent).build();
    }

    /** GETs {@code uri}, reading at most {@code maxBytes} of the body before {@code deadline}. */
    public Fetched get(URI uri, long maxBytes, Instant deadline) throws Refused {
        HttpGet request = new HttpGet(uri);
        request.setHeader("Accept", "text/html,application/xhtml+xml,application/pdf,image/*,text/css;q=0.9,*/*;q=0.5");
        request.setHeader("Accept-Encoding", "gzip");
        return send(request, maxBytes, deadline);
    }

    /** POSTs {@code body} as JSON with {@code headers} to {@code uri}; the same checks as {@link #get}. */
    public Fetched postJson(URI uri, List<String[]> headers, byte[] body, long maxBytes, Instant deadline)
            throws Refused {
        org.apache.hc.client5.http.classic.methods.HttpPost request =
                new org.apache.hc.client5.http.classic.methods.HttpPost(uri);
        for (String[] header : headers) {
            request.setHeader(header[0], header[1]);
        }
        request.setEntity(new org.apache.hc.core5.http.io.entity.ByteArrayEntity(body,
                org.apache.hc.core5.http.ContentType.APPLICATION_JSON));
        return send(request, maxBytes, deadline);
    }

    private Fetched send(org.apache.hc.client5.http.classic.methods.HttpUriRequestBase request, long maxBytes,
            Instant deadline) throws Refused {
        URI uri;
        try {
            uri = request.getUri();
        } catch (java.net.URISyntaxException e) {
            throw new Refused("snapshot.failed.scheme", e.getMessage());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new Refused("snapshot.failed.scheme", uri.toString());
        }
        if (uri.getUserInfo() != null) {
            throw new Refused("snapshot.failed.scheme", "credentials in the URL");
        }
        int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        String host = uri.getHost().toLowerCase(java.util.Locale.ROOT);
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(bare);
        } catch (UnknownHostException e) {
            throw new Refused("snapshot.failed.unreachable", "unknown host " + bare);
        }
        for (InetAddress address : addresses) {
            String refusal = TargetPolicy.refusal(address, port, allowed);
            if (refusal != null) {
                throw new Refused(refusal, address.getHostAddress() + ":" + port);
            }
        }
        pinned.put(host, addresses);
        pinned.put(bare, addresses);
        long remaining = Duration.between(Instant.now(), deadline).toMillis();
        if (remaining <= 0) {
            throw new Refused("snapshot.failed.timeout", "no time left");
        }
        request.setConfig(RequestConfig.custom().setResponseTimeout(remaining, TimeUnit.MILLISECONDS)
                .setConnectionRequestTimeout(Timeout.ofSeconds(5)).build());
        List<String[]> sent = new ArrayList<>();
        sent.add(new String[] {"Host", uri.getRawAuthority()});
        sent.add(new String[] {"User-Agent", userAgent});
        for (Header header : request.getHeaders()) {
            sent.add(new String[] {header.getName(), header.getValue()});
        }
        Instant at = Instant.now();
        java.util.concurrent.ScheduledFuture<?> cancel = TIMER.schedule(request::cancel, remaining,
                TimeUnit.MILLISECONDS);
        Fetched[] result = new Fetched[1];
        try {
            client.execute(request, response -> {
                result[0] = read(uri, addresses[0], response, maxBytes, deadline, at, sent, request::cancel);
                return null;
            });
            return result[0];
        } catch (InterruptedIOException e) {
            if (result[0] != null) {
                return result[0];
            }
            throw new Refused("snapshot.failed.timeout", e.getMessage());
        } catch (IOException e) {
            if (result[0] != null) {
                return result[0]; // the connection was dropped on purpose after a cut body
            }
            if (request.isCancelled()) {
                throw new Refused("snapshot.failed.timeout", "cancelled at the deadline");
            }
            throw new Refused("snapshot.failed.unreachable", e.getClass().getSimpleName() + ": " + e.getMessage());
        } finally {
            cancel.cancel(false);
        }
    }

    private static final java.util.concurrent.ScheduledExecutorService TIMER =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "snapshot-deadline");
                thread.setDaemon(true);
                return thread;
            });

    private static Fetched read(URI uri, InetAddress address, ClassicHttpResponse response, long maxBytes,
            Instant deadline, Instant at, List<String[]> sent, Runnable abort) throws IOException {
        List<String[]> headers = new ArrayList<>();
        for (Header header : response.getHeaders()) {
            headers.add(new String[] {header.getName(), header.getValue()});
        }
        HttpEntity entity = response.getEntity();
        byte[] body = new byte[0];
        boolean truncated = false;
        boolean timedOut = false;
        if (entity != null) {
            try (InputStream in = entity.getContent()) {
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                byte[] buffer = new byte[64 * 1024];
                int read;
                try {
                    while ((read = in.read(buffer)) != -1) {
                        if (out.size() + read > maxBytes) {
                            out.write(buffer, 0, (int) (maxBytes - out.size()));
                            truncated = true;
                            break;
                        }
                        out.write(buffer, 0, read);
                        if (Instant.now().isAfter(deadline)) {
                            truncated = true;
                            timedOut = true;
                            break;
                        }
                    }
                } catch (IOException cut) {
                    if (out.size() == 0) {
                        throw cut;
                    }
                    truncated = true;
                    timedOut = true;
                }
                body = out.toByteArray();
                if (truncated) {
                    abort.run(); // drop the connection rather than reading the rest of an oversized body
                }
            } catch (IOException closing) {
                if (!truncated) {
                    throw closing;
                }
            }
        }
        return new Fetched(uri, address, response.getCode(), response.getReasonPhrase(), headers, body, truncated,
                timedOut, at, sent);
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}
