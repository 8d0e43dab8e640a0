package app.factdesk.webhook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * A webhook receiver in the test JVM: a real HTTP server on 127.0.0.1 that records every request and answers with
 * the next planned status (204 once the plan is used up); a planned 0 answers nothing until the sender gives up.
 */
public final class Receiver implements AutoCloseable {

    public record Received(Map<String, List<String>> headers, byte[] body, int answered) {

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
                    .map(e -> e.getValue().get(0)).orElse(null);
        }

        public String text() {
            return new String(body, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new ArrayList<>();
    private final Deque<Integer> plan = new ArrayDeque<>();
    private volatile int always;

    public Receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", exchange -> {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            int status;
            synchronized (this) {
                Integer next = plan.poll();
                status = next != null ? next : always;
                received.add(new Received(Map.copyOf(exchange.getRequestHeaders()), body, status));
            }
            if (status == 0) {
                try {
                    Thread.sleep(6000); // longer than factdesk.webhooks.timeout in the tests
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                status = 204;
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        always = 204;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    public synchronized void plan(Integer... statuses) {
        plan.addAll(List.of(statuses));
    }

    public void answerAlways(int status) {
        always = status;
    }

    public synchronized List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
