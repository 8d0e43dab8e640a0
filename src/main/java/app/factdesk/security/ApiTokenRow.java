package app.factdesk.security;

import java.time.Instant;

/** A token as its owner's list shows it: never the secret, only the prefix it starts with. */
public record ApiTokenRow(long id, String name, String prefix, Instant createdAt, Instant lastUsedAt) {
}
