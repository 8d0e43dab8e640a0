package app.factdesk.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Where an attempt comes from, and whether that place signed in to the account before: a device holding the cookie
 * given at a successful sign-in (OWASP's device cookie), or an address a sign-in succeeded from within
 * {@link #ADDRESS_MEMORY}. A place is {@code device:<first 16 hex of the cookie hash>} or {@code addr:<address>}.
 */
@Component
class TrustedPlaces {

    static final String COOKIE = "factdesk_device";
    static final Duration ADDRESS_MEMORY = Duration.ofDays(90);
    private static final Duration COOKIE_LIFE = Duration.ofDays(365);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;

    TrustedPlaces(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record Place(String key, boolean trusted) {
    }

    /** The place of {@code request} for the account {@code userId} (null: no such account). */
    Place of(Long userId, HttpServletRequest request, Instant now) {
        String device = deviceHash(request);
        if (userId != null && device != null && jdbc.update("update trusted_device set last_used_at = ? "
                + "where token_hash = ? and user_id = ?", Timestamp.from(now), device, userId) == 1) {
            return new Place("device:" + device.substring(0, 16), true);
        }
        String address = request.getRemoteAddr();
        boolean known = userId != null && Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists (select 1 from security_event where user_id = ? and type = 'LOGIN_SUCCEEDED'
                    and remote_addr = ? and occurred_at > ?)
                """, Boolean.class, userId, address, Timestamp.from(now.minus(ADDRESS_MEMORY))));
        return new Place("addr:" + address, known);
    }

    /** Gives the browser a device cookie for {@code userId}, unless it already holds one of theirs. */
    void remember(long userId, HttpServletRequest request, HttpServletResponse response, Instant now) {
        String held = deviceHash(request);
        if (held != null && jdbc.queryForObject("select count(*) from trusted_device where token_hash = ? "
                + "and user_id = ?", Integer.class, held, userId) > 0) {
            return;
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        jdbc.update("insert into trusted_device (token_hash, user_id, created_at, last_used_at) values (?, ?, ?, ?)",
                sha256(token), userId, Timestamp.from(now), Timestamp.from(now));
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(COOKIE, token).path("/login").httpOnly(true)
                .secure(request.isSecure()).sameSite("Strict").maxAge(COOKIE_LIFE).build().toString());
    }

    private static String deviceHash(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName()) && cookie.getValue() != null && cookie.getValue().length() == 43) {
                return sha256(cookie.getValue());
            }
        }
        return null;
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
