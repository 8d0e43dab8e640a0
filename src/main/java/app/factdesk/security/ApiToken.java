package app.factdesk.security;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A personal access token: acts for its owner in one workspace until revoked. Only the secret's hash is kept. */
@Entity
@Table(name = "api_token")
class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long userId;
    private Long workspaceId;
    private String name;
    private String tokenHash;
    private String prefix;
    private Instant createdAt;
    private Instant lastUsedAt;
    private Instant revokedAt;
    @Version
    private long version;

    protected ApiToken() {
    }

    ApiToken(long userId, long workspaceId, String name, String tokenHash, String prefix, Instant now) {
        this.userId = userId;
        this.workspaceId = workspaceId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.prefix = prefix;
        this.createdAt = now;
    }

    /** Revoking twice keeps the first time. */
    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    boolean isActive() {
        return revokedAt == null;
    }

    long getUserId() {
        return userId;
    }

    long getWorkspaceId() {
        return workspaceId;
    }

    Long getId() {
        return id;
    }

    ApiTokenRow toRow() {
        return new ApiTokenRow(id, name, prefix, createdAt, lastUsedAt);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof ApiToken other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }
}
