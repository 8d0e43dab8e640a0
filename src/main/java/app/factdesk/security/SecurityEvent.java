package app.factdesk.security;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One sign-in, failure or lockout; the audit module will take these over. */
@Entity
@Table(name = "security_event")
class SecurityEvent {

    enum Type { LOGIN_SUCCEEDED, LOGIN_FAILED, LOGIN_THROTTLED, ACCOUNT_LOCKED, LOGOUT, PASSWORD_CHANGED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Instant occurredAt;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Type type;
    private String username;
    private Long userId;
    private String remoteAddr;

    protected SecurityEvent() {
    }

    SecurityEvent(Instant occurredAt, Type type, String username, Long userId, String remoteAddr) {
        this.occurredAt = occurredAt;
        this.type = type;
        this.username = username;
        this.userId = userId;
        this.remoteAddr = remoteAddr;
    }

    Type getType() {
        return type;
    }

    Long getUserId() {
        return userId;
    }
}
