package app.factdesk.attest;

import app.factdesk.shared.UserFacingException;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;
import org.springframework.stereotype.Component;

/**
 * Asks the configured RFC 3161 time-stamping authority for a token over a SHA-256 digest (ADR 018): a DER request
 * with a random nonce and the authority's certificate requested, posted as {@code application/timestamp-query}; the
 * reply must be granted and must match the request. An authority that does not answer in time, or answers anything
 * else, fails the export with a plain message rather than leaving the timestamp out unnoticed.
 */
@Component
class TimestampClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final int MAX_REPLY = 1024 * 1024;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final SecureRandom random = new SecureRandom();

    TimeStampToken stamp(String url, byte[] sha256) {
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        TimeStampRequest request = generator.generate(TSPAlgorithms.SHA256, sha256, new BigInteger(64, random));
        try {
            HttpResponse<byte[]> reply = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                    .header("Content-Type", "application/timestamp-query")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded())).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (reply.statusCode() != 200 || reply.body().length > MAX_REPLY) {
                throw refused(url, "answered HTTP " + reply.statusCode());
            }
            TimeStampResponse response = new TimeStampResponse(reply.body());
            response.validate(request);
            if (response.getTimeStampToken() == null) {
                throw refused(url, "did not grant the timestamp (" + response.getStatusString() + ")");
            }
            return response.getTimeStampToken();
        } catch (IOException | TSPException | IllegalArgumentException e) {
            throw refused(url, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw refused(url, "was interrupted");
        }
    }

    private static UserFacingException refused(String url, String why) {
        return new UserFacingException("attest.timestamp-failed", url, why == null ? "" : why);
    }
}
