package app.factdesk.claim;

import app.factdesk.security.Role;
import app.factdesk.shared.Auditable;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "claim")
class Claim {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long workspaceId;
    private Long articleId;
    private String statement;
    private String claimant;
    private LocalDate claimDate;
    @Enumerated(EnumType.STRING)
    private Priority priority;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private String[] tags;
    private int anchorStart;
    private int anchorEnd;
    private String quoteExact;
    private String quotePrefix;
    private String quoteSuffix;
    private String origin;
    private Double suggestionScore;
    @Enumerated(EnumType.STRING)
    private ClaimState state;
    private String rejectionReason;
    private Long createdBy;
    private Long updatedBy;
    private Instant createdAt;
    private Instant updatedAt;
    private String searchLanguage;
    @Version
    private long version;

    protected Claim() {
    }

    Claim(long workspaceId, long articleId, Anchor anchor, ClaimFields fields, Double suggestionScore, Long userId,
            Instant now) {
        this.workspaceId = workspaceId;
        this.articleId = articleId;
        this.anchorStart = anchor.start();
        this.anchorEnd = anchor.end();
        this.quoteExact = anchor.exact();
        this.quotePrefix = anchor.prefix();
        this.quoteSuffix = anchor.suffix();
        this.origin = suggestionScore == null ? "MANUAL" : "SUGGESTION";
        this.suggestionScore = suggestionScore;
        this.state = ClaimState.DRAFT;
        this.createdBy = userId;
        this.createdAt = now;
        apply(fields, userId, now);
    }

    /** Changes the team's fields; refused once the claim is past verification. */
    void edit(ClaimFields fields, Long userId, Instant now) {
        if (!ClaimTransitions.editable(state)) {
            throw new UserFacingException("claim.not-editable", state);
        }
        apply(fields, userId, now);
    }

    /** Applies the action if the table allows it for this role; returns the state it left. */
    ClaimState transition(ClaimAction action, Role role, String reason, Long userId, Instant now) {
        ClaimState from = state;
        ClaimState next = ClaimTransitions.apply(state, action, role, reason);
        this.rejectionReason = next == ClaimState.REJECTED ? reason.strip() : null;
        this.state = next;
        this.updatedBy = userId;
        this.updatedAt = now;
        return from;
    }

    ClaimState getState() {
        return state;
    }

    Long getWorkspaceId() {
        return workspaceId;
    }

    Long getArticleId() {
        return articleId;
    }

    String getStatement() {
        return statement;
    }

    private void apply(ClaimFields fields, Long userId, Instant now) {
        this.statement = fields.statement().strip();
        this.claimant = blankToNull(fields.claimant());
        this.claimDate = fields.claimDate();
        this.priority = fields.priority() == null ? Priority.NORMAL : fields.priority();
        this.tags = fields.normalizedTags().toArray(String[]::new);
        this.searchLanguage = app.factdesk.shared.TextLanguage.detect(this.statement);
        this.updatedBy = userId;
        this.updatedAt = now;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    Long getUpdatedBy() {
        return updatedBy;
    }

    /** The fields the audit log records, as JSON-friendly values. */
    Map<String, Object> auditFields() {
        return Auditable.fields("statement", statement, "claimant", claimant,
                "claimDate", claimDate == null ? null : claimDate.toString(), "priority", priority.name(),
                "tags", List.of(tags));
    }

    Map<String, Object> auditState() {
        return Auditable.fields("state", state.name(), "rejectionReason", rejectionReason);
    }

    ClaimDetails toDetails() {
        return new ClaimDetails(id, articleId, statement, claimant, claimDate, priority, List.of(tags),
                new Anchor(anchorStart, anchorEnd, quoteExact, quotePrefix, quoteSuffix), origin, suggestionScore,
                state, rejectionReason, createdAt, updatedAt, version);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Claim other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }
}
