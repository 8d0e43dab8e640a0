package app.factdesk.workspace;

import app.factdesk.security.Role;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

@Entity
@Table(name = "membership")
class Membership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long workspaceId;
    private Long userId;
    @Enumerated(EnumType.STRING)
    private Role role;
    private Instant createdAt;
    private boolean suspended;
    @Version
    private long version;

    protected Membership() {
    }

    Membership(long workspaceId, long userId, Role role, Instant createdAt) {
        this.workspaceId = workspaceId;
        this.userId = userId;
        this.role = role;
        this.createdAt = createdAt;
    }

    Long getWorkspaceId() {
        return workspaceId;
    }

    Long getUserId() {
        return userId;
    }

    Role getRole() {
        return role;
    }

    boolean isSuspended() {
        return suspended;
    }

    void setSuspended(boolean suspended) {
        this.suspended = suspended;
    }

    /** An admin who may act: not suspended (the account's own enabled flag is checked by the caller). */
    boolean isActiveAdmin() {
        return role == Role.ADMIN && !suspended;
    }

    void changeRole(Role newRole) {
        this.role = newRole;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Membership other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }
}
