package app.factdesk.audit;

import app.factdesk.security.AccountService;
import app.factdesk.security.AccountSummary;
import app.factdesk.security.CurrentUser;
import app.factdesk.shared.scope.DatabaseScope;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The current workspace's audit log, for editors and admins: filtered pages and chain verification. */
@Service
public class AuditService {

    private final NamedParameterJdbcTemplate jdbc;
    private final AuditChain chain;
    private final AuditStream stream;
    private final CurrentUser currentUser;
    private final DatabaseScope scope;
    private final AccountService accounts;

    AuditService(NamedParameterJdbcTemplate jdbc, AuditChain chain, AuditStream stream, CurrentUser currentUser,
            DatabaseScope scope, AccountService accounts) {
        this.scope = scope;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.chain = chain;
        this.stream = stream;
        this.currentUser = currentUser;
    }

    /**
     * The display names of these accounts (the actors of events, {@link AuditRow#actorId()}), by id. Where an id has
     * none (the account is gone) a view shows the event's stored actor name, the username at the time.
     */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional(readOnly = true)
    public Map<Long, String> actorNames(Collection<Long> actorIds) {
        List<Long> ids = actorIds.stream().filter(Objects::nonNull).distinct().toList();
        return ids.isEmpty() ? Map.of() : accounts.summaries(ids).stream()
                .collect(Collectors.toMap(AccountSummary::id, AccountSummary::displayName));
    }

    /** {@code limit} (at most 500) events matching {@code filter} from {@code offset} on, newest first. */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional(readOnly = true)
    public List<AuditRow> page(AuditFilter filter, int offset, int limit) {
        return pageBefore(filter, Long.MAX_VALUE, offset, limit);
    }

    /**
     * Keyset paging for the audit grid: up to {@code limit} (1..500) events matching {@code filter} whose chain
     * position is below {@code beforeSeq}, newest first, after skipping the first {@code skip} of them (0 when the
     * caller knows the boundary; ADR 023). The coalesce repeats the workspace condition so that the unique
     * {@code (coalesce(workspace_id, 0), seq)} index serves the scan backwards from {@code beforeSeq} at any depth.
     */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional(readOnly = true)
    public List<AuditRow> pageBefore(AuditFilter filter, long beforeSeq, int skip, int limit) {
        AuditQuery query = AuditQuery.of(currentUser.workspaceId(), filter);
        query.params().addValue("before", beforeSeq).addValue("skip", Math.max(0, skip))
                .addValue("limit", Math.min(Math.max(1, limit), 500));
        return jdbc.query(pageBeforeSql(query), query.params(),
                (rs, n) -> new AuditRow(rs.getLong("id"), rs.getLong("seq"),
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor_name"),
                        rs.getString("action"), rs.getString("object_type"), rs.getString("object_id"),
                        rs.getString("channel"), rs.getString("before"), rs.getString("after"),
                        rs.getString("hash"), rs.getObject("workspace_id", Long.class),
                        rs.getObject("actor_id", Long.class), rs.getString("prev_hash")));
    }

    /** The exact statement {@link #pageBefore} runs (tests and {@code bench/audit-grid.sh} explain it). */
    static String pageBeforeSql(AuditQuery query) {
        return """
                select id, seq, occurred_at, actor_name, action, object_type, object_id, channel,
                       jsonb_pretty(before) as before, jsonb_pretty(after) as after, hash,
                       workspace_id, actor_id, prev_hash
                from audit_event where %s and coalesce(workspace_id, 0) = :workspace and seq < :before
                order by seq desc offset :skip limit :limit
                """.formatted(query.where());
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

    /**
     * Walks the account-level chain (chain 0: sign-ins, throttling, lockouts, which belong to no workspace) with the
     * same verifier as a workspace chain. Installation admins only.
     */
    @PreAuthorize("hasRole('INSTALLATION_ADMIN')")
    @Transactional(readOnly = true)
    public ChainVerification verifyAccountChain() {
        return scope.forAccountChain(() -> chain.verify(AuditChain.chainId(null)));
    }

    /**
     * Hands every changed field of the events matching {@code filter} to {@code sink} (one row per field, see
     * {@link AuditFieldRow}), oldest event first, through a database cursor so memory stays flat. Returns the count.
     */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional(readOnly = true)
    public long streamFields(AuditFilter filter, Consumer<AuditFieldRow> sink) {
        return stream.streamFields(AuditQuery.of(currentUser.workspaceId(), filter), sink);
    }

    /**
     * The numeric ids of the objects of each of {@code types} that the current workspace's events matching
     * {@code filter} are about, by type (every type is a key): one pass over the events' small columns, without their
     * values.
     */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional(readOnly = true)
    public Map<String, java.util.Set<Long>> objectIdsIn(AuditFilter filter, Collection<String> types) {
        AuditQuery query = AuditQuery.of(currentUser.workspaceId(), filter);
        Map<String, java.util.Set<Long>> ids = new TreeMap<>();
        types.forEach(type -> ids.put(type, new java.util.TreeSet<>()));
        jdbc.query("select distinct object_type, object_id from audit_event where " + query.where()
                        + " and object_type = any(:types)",
                new MapSqlParameterSource(query.params().getValues()).addValue("types", types.toArray(String[]::new)),
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> addWhole(ids.get(rs.getString(1)),
                        rs.getString(2)));
        return ids;
    }

    /**
     * The whole numbers that the before or after values of the current workspace's events matching {@code filter}
     * hold under {@code key} (such as the {@code claimId} of a source or a task), read by the database from the values.
     */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional(readOnly = true)
    public java.util.Set<Long> valueIdsIn(AuditFilter filter, String key) {
        AuditQuery query = AuditQuery.of(currentUser.workspaceId(), filter);
        java.util.Set<Long> ids = new java.util.TreeSet<>();
        jdbc.query("""
                select case when jsonb_typeof(before -> :key) = 'number' then before ->> :key end,
                       case when jsonb_typeof(after -> :key) = 'number' then after ->> :key end
                from audit_event where %s
                  and (jsonb_typeof(before -> :key) = 'number' or jsonb_typeof(after -> :key) = 'number')
                """.formatted(query.where()), new MapSqlParameterSource(query.params().getValues()).addValue("key", key),
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> {
                    addWhole(ids, rs.getString(1));
                    addWhole(ids, rs.getString(2));
                });
        return ids;
    }

    /** Adds {@code value} when it is a whole number that fits a long; anything else names none of our rows. */
    private static void addWhole(java.util.Set<Long> ids, String value) {
        if (value == null) {
            return;
        }
        try {
            ids.add(Long.parseLong(value));
        } catch (NumberFormatException e) {
            // not one of our ids
        }
    }

    /**
     * The chain positions ({@code seq}) of the current workspace's events about any of {@code objects}, in chain
     * order: a report keeps these numbers and reads the events themselves a page at a time ({@link #rowsAt}), so that
     * the condition on thousands of objects is evaluated once.
     */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional(readOnly = true)
    public long[] positionsOf(Collection<AuditObject> objects) {
        AuditQuery query = aboutAny(objects);
        return query == null ? new long[0] : positions(query);
    }

    /** The chain positions of the current workspace's events matching {@code filter}, in chain order. */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional(readOnly = true)
    public long[] positionsOf(AuditFilter filter) {
        return positions(AuditQuery.of(currentUser.workspaceId(), filter));
    }

    private long[] positions(AuditQuery query) {
        java.util.stream.LongStream.Builder seqs = java.util.stream.LongStream.builder();
        jdbc.query("select seq from audit_event where " + query.where() + " order by seq", query.params(),
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> seqs.add(rs.getLong(1)));
        return seqs.build().toArray();
    }

    /**
     * The current workspace's events at the chain positions {@code seqs[from]} to {@code seqs[to - 1]} (at most
     * 10,000), in chain order, with compact JSON: one look-up each in the (chain, seq) index.
     */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional(readOnly = true)
    public List<AuditRow> rowsAt(long[] seqs, int from, int to) {
        if (from < 0 || to > seqs.length || to - from > 10_000) {
            throw new IllegalArgumentException("positions " + from + " to " + to + " of " + seqs.length);
        }
        if (from >= to) {
            return List.of();
        }
        // The coalesce repeats the workspace condition so that the unique (chain, seq) index serves the look-ups.
        return jdbc.query("""
                select id, seq, occurred_at, actor_name, action, object_type, object_id, channel,
                       before::text as before, after::text as after, hash,
                       workspace_id, actor_id, prev_hash
                from audit_event where workspace_id = :workspace and coalesce(workspace_id, 0) = :workspace
                  and seq = any(:seqs)
                order by seq
                """, new MapSqlParameterSource("workspace", currentUser.workspaceId())
                .addValue("seqs", java.util.Arrays.copyOfRange(seqs, from, to)), (rs, n) -> AuditStream.row(rs));
    }

    /** The condition "about any of these objects" in the current workspace; null for no objects. */
    private AuditQuery aboutAny(Collection<AuditObject> objects) {
        Map<String, List<String>> byType = new TreeMap<>();
        objects.forEach(o -> byType.computeIfAbsent(o.type(), t -> new ArrayList<>()).add(o.id()));
        if (byType.isEmpty()) {
            return null;
        }
        MapSqlParameterSource params = new MapSqlParameterSource("workspace", currentUser.workspaceId());
        List<String> parts = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, List<String>> type : byType.entrySet()) {
            parts.add("(object_type = :type%d and object_id = any(:ids%d))".formatted(i, i));
            params.addValue("type" + i, type.getKey()).addValue("ids" + i, type.getValue().toArray(String[]::new));
            i++;
        }
        return new AuditQuery("workspace_id = :workspace and (" + String.join(" or ", parts) + ")", params);
    }

    /**
     * The channel the audit log records for a change made now, in this thread: {@code SYSTEM}, {@code API} (a request
     * to {@code /api/...}) or {@code UI}. Work handed to another thread captures it here and passes it on with its
     * event ({@link app.factdesk.shared.Auditable#channel()}).
     */
    public String currentChannel() {
        return AuditChannel.of(currentUser.get().orElse(null));
    }

    /** The current workspace's chain head as recorded now: event count and last hash (cheap: one row). */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional(readOnly = true)
    public ChainHead head() {
        return jdbc.query("select last_seq, last_hash from audit_chain_head where chain_id = :chain",
                new MapSqlParameterSource("chain", currentUser.workspaceId()),
                rs -> rs.next() ? new ChainHead(rs.getLong(1), rs.getString(2)) : new ChainHead(0, AuditEntry.GENESIS));
    }

    private static JsonNode tree(String json) {
        return json == null ? null : CanonicalJson.parse(json);
    }
}
