package app.factdesk.audit;

import app.factdesk.shared.AuditActor;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Appends to and walks the hash chains in {@code audit_event}. Chain 0 holds the account-level events; every other
 * chain id is a workspace id. An append locks the chain's head row ({@code SELECT ... FOR UPDATE}) until the
 * transaction ends, so concurrent writers to one chain queue up and never fork it.
 */
@Component
class AuditChain {

    private static final String COLUMNS = "id, seq, workspace_id, occurred_at, actor_id, actor_name, action, "
            + "object_type, object_id, channel, before::text as before, after::text as after, prev_hash, hash";

    private final JdbcTemplate jdbc;

    AuditChain(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(1000);
    }

    static long chainId(Long workspaceId) {
        return workspaceId == null ? 0 : workspaceId;
    }

    void append(Long workspaceId, Instant now, AuditActor actor, String action, String objectType, String objectId,
            String channel, JsonNode before, JsonNode after) {
        long chain = chainId(workspaceId);
        Head head = lockHead(chain);
        if (head == null) {
            jdbc.update("insert into audit_chain_head (chain_id, last_seq, last_hash) values (?, 0, ?) "
                    + "on conflict (chain_id) do nothing", chain, AuditEntry.GENESIS);
            head = lockHead(chain);
        }
        AuditEntry entry = new AuditEntry(head.seq() + 1, workspaceId, now, actor.id(), actor.name(), action,
                objectType, objectId, channel, nullIfJsonNull(before), nullIfJsonNull(after));
        String hash = entry.hash(head.hash());
        // The event and the head's move in one round trip: the head stays locked for as short a time as possible.
        jdbc.update("""
                with event as (
                    insert into audit_event (workspace_id, seq, occurred_at, actor_id, actor_name, action, object_type,
                        object_id, before, after, channel, prev_hash, hash)
                    values (?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?, ?))
                update audit_chain_head set last_seq = ?, last_hash = ? where chain_id = ?
                """, workspaceId, entry.seq(), OffsetDateTime.ofInstant(entry.occurredAt(), ZoneOffset.UTC),
                actor.id(), actor.name(), action, objectType, objectId, json(entry.before()), json(entry.after()),
                channel, head.hash(), hash, entry.seq(), hash, chain);
    }

    /** Locks the chain's head row until the transaction ends; null when the chain has none yet. */
    private Head lockHead(long chain) {
        return jdbc.query("select last_seq, last_hash from audit_chain_head where chain_id = ? for update",
                rs -> rs.next() ? new Head(rs.getLong(1), rs.getString(2)) : null, chain);
    }

    /** Walks one chain in {@code seq} order, recomputing every hash, then compares the end with the head row. */
    ChainVerification verify(long chain) {
        Walk walk = jdbc.query("select " + COLUMNS + " from audit_event where coalesce(workspace_id, 0) = ? "
                + "order by seq, id", rs -> {
                    Walk state = new Walk();
                    while (rs.next() && state.bad == null) {
                        state.check(rs);
                    }
                    return state;
                }, chain);
        if (walk.bad != null) {
            return walk.bad;
        }
        Head head = jdbc.query("select last_seq, last_hash from audit_chain_head where chain_id = ?",
                rs -> rs.next() ? new Head(rs.getLong(1), rs.getString(2)) : new Head(0, AuditEntry.GENESIS), chain);
        if (head.seq() != walk.seq || !head.hash().equals(walk.hash)) {
            return ChainVerification.firstBad(walk.seq + 1, null, "the log ends at event " + walk.seq
                    + " but its head records event " + head.seq() + " with hash " + head.hash());
        }
        return ChainVerification.intact(walk.seq, walk.hash);
    }

    private static String json(JsonNode node) {
        return node == null ? null : CanonicalJson.write(node);
    }

    private static JsonNode nullIfJsonNull(JsonNode node) {
        return node == null || node.isNull() ? null : node;
    }

    private record Head(long seq, String hash) {
    }

    /** The state of a walk: the last good event's seq and hash, or the first bad one. */
    private static final class Walk {
        long seq;
        String hash = AuditEntry.GENESIS;
        ChainVerification bad;

        void check(ResultSet rs) throws SQLException {
            long id = rs.getLong("id");
            long seq = rs.getLong("seq");
            if (seq != this.seq + 1) {
                bad = ChainVerification.firstBad(seq, id, "expected event " + (this.seq + 1) + " but found " + seq);
                return;
            }
            if (!hash.equals(rs.getString("prev_hash"))) {
                bad = ChainVerification.firstBad(seq, id, "its previous hash is not the hash of event " + this.seq);
                return;
            }
            String recomputed = entry(rs).hash(hash);
            if (!recomputed.equals(rs.getString("hash"))) {
                bad = ChainVerification.firstBad(seq, id, "its content does not match its hash");
                return;
            }
            this.seq = seq;
            this.hash = recomputed;
        }

        private static AuditEntry entry(ResultSet rs) throws SQLException {
            return new AuditEntry(rs.getLong("seq"), rs.getObject("workspace_id", Long.class),
                    rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                    rs.getObject("actor_id", Long.class), rs.getString("actor_name"), rs.getString("action"),
                    rs.getString("object_type"), rs.getString("object_id"), rs.getString("channel"),
                    nullIfJsonNull(CanonicalJson.parse(rs.getString("before"))),
                    nullIfJsonNull(CanonicalJson.parse(rs.getString("after"))));
        }
    }
}
