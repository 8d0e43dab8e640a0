package app.factdesk.audit;

import app.factdesk.security.CurrentUser;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The current workspace's audit log, for editors and admins: filtered pages and chain verification. */
@Service
public class AuditService {

    private final NamedParameterJdbcTemplate jdbc;
    private final AuditChain chain;
    private final CurrentUser currentUser;

    AuditService(NamedParameterJdbcTemplate jdbc, AuditChain chain, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.chain = chain;
        this.currentUser = currentUser;
    }

    /** {@code limit} (at most 500) events matching {@code filter} from {@code offset} on, newest first. */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional(readOnly = true)
    public List<AuditRow> page(AuditFilter filter, int offset, int limit) {
        AuditQuery query = AuditQuery.of(currentUser.workspaceId(), filter);
        query.params().addValue("offset", Math.max(0, offset)).addValue("limit", Math.min(Math.max(1, limit), 500));
        return jdbc.query("""
                select id, seq, occurred_at, actor_name, action, object_type, object_id, channel,
                       jsonb_pretty(before) as before, jsonb_pretty(after) as after, hash
                from audit_event where %s order by seq desc offset :offset limit :limit
                """.formatted(query.where()), query.params(),
                (rs, n) -> new AuditRow(rs.getLong("id"), rs.getLong("seq"),
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor_name"),
                        rs.getString("action"), rs.getString("object_type"), rs.getString("object_id"),
                        rs.getString("channel"), rs.getString("before"), rs.getString("after"),
                        rs.getString("hash")));
    }

    /** How many events match {@code filter}. */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional(readOnly = true)
    public long count(AuditFilter filter) {
        AuditQuery query = AuditQuery.of(currentUser.workspaceId(), filter);
        return jdbc.queryForObject("select count(*) from audit_event where " + query.where(), query.params(),
                Long.class);
    }

    /**
     * Up to {@code limit} (1..500) events matching {@code filter} whose chain position is after {@code afterSeq} (0
     * for the start), in chain order. Paging by the last {@code seq} seen is stable while others write: a chain
     * position is taken under the head row's lock and becomes visible only with its commit, so every snapshot holds
     * an unbroken prefix of the chain and a later event can never land before a page already read.
     */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional(readOnly = true)
    public List<AuditEvent> pageAfter(AuditFilter filter, long afterSeq, int limit) {
        AuditQuery query = AuditQuery.of(currentUser.workspaceId(), filter);
        query.params().addValue("after", Math.max(0, afterSeq)).addValue("limit", Math.min(Math.max(1, limit), 500));
        // The coalesce repeats the workspace condition so that the unique (chain, seq) index serves the range scan.
        return jdbc.query("""
                select id, seq, occurred_at, actor_name, action, object_type, object_id, channel,
                       before::text as before, after::text as after, prev_hash, hash
                from audit_event where %s and coalesce(workspace_id, 0) = :workspace and seq > :after
                order by seq limit :limit
                """.formatted(query.where()), query.params(),
                (rs, n) -> new AuditEvent(rs.getLong("id"), rs.getLong("seq"),
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor_name"),
                        rs.getString("action"), rs.getString("object_type"), rs.getString("object_id"),
                        rs.getString("channel"), tree(rs.getString("before")), tree(rs.getString("after")),
                        rs.getString("prev_hash"), rs.getString("hash")));
    }

    /**
     * Walks the current workspace's chain in order, recomputing every hash: OK with the count and head hash, or the
     * first event that does not match (also when the log ends before the head row says it should).
     */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional(readOnly = true)
    public ChainVerification verifyChain() {
        return chain.verify(currentUser.workspaceId());
    }

    private static JsonNode tree(String json) {
        return json == null ? null : CanonicalJson.parse(json);
    }
}
