package app.factdesk.workspace;

import app.factdesk.security.Role;
import app.factdesk.shared.UserFacingException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** An invitation to join a workspace with a role, naming the person by username or e-mail. */
@Entity
@Table(name = "invitation")
class Invitation {

    enum Status { PENDING, ACCEPTED, DECLINED, REVOKED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long workspaceId;
    private String invitee;
    @Enumerated(EnumType.STRING)
    private Role role;
    @Enumerated(EnumType.STRING)
    private Status status = Status.PENDING;
    private Long invitedBy;
    private Instant createdAt;
    private Instant decidedAt;
    @Version
    private long version;

    protected Invitation() {
    }

    Invitation(long workspaceId, String invitee, Role role, long invitedBy, Instant createdAt) {
        this.workspaceId = workspaceId;
        this.invitee = invitee;
        this.role = role;
        this.invitedBy = invitedBy;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    Long getWorkspaceId() {
        return workspaceId;
    }

    String getInvitee() {
        return invitee;
    }

    Role getRole() {
        return role;
    }

    Long getInvitedBy() {
        return invitedBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    void changeRole(Role newRole) {
        this.role = newRole;
    }

    /** Accepts, declines or revokes a pending invitation; a decided one cannot change again. */
    void decide(Status decision, Instant now) {
        if (status != Status.PENDING) {
            throw new UserFacingException("invitations.not-pending");
        }
        this.status = decision;
        this.decidedAt = now;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Invitation other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }
}
