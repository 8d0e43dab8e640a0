package app.factdesk.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads events through a server-side cursor: the PostgreSQL driver fetches {@value #FETCH} rows at a time when the
 * connection is in a transaction, so a million events never sit in memory together.
 */
@Component
class AuditStream {

    static final int FETCH = 2000;

    private final NamedParameterJdbcTemplate jdbc;

    AuditStream(DataSource dataSource) {
        JdbcTemplate plain = new JdbcTemplate(dataSource);
        plain.setFetchSize(FETCH);
        this.jdbc = new NamedParameterJdbcTemplate(plain);
    }

    /** The SELECT of {@link AuditFieldRow}s: one row per key of {@code before} or {@code after}, by seq and key. */
    static String fieldsSql(String where) {
        return """
                select e.seq, to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as occurred_at,
                       e.actor_name, e.action, e.object_type, e.object_id, e.channel, f.key as field,
                       e.before ->> f.key as before, e.after ->> f.key as after, e.hash
                from audit_event e left join lateral (
                    select k as key from jsonb_object_keys(coalesce(e.before, '{}') || coalesce(e.after, '{}')) k
                ) f on true
                where %s order by e.seq, f.key
                """.formatted(where);
    }

    long streamFields(AuditQuery query, Consumer<AuditFieldRow> sink) {
        long[] count = {0};
        jdbc.query(fieldsSql(query.where()), query.params(), rs -> {
            sink.accept(new AuditFieldRow(rs.getLong(1), rs.getString(2), rs.getString(3), AuditActions.label(rs.getString(4)),
                    rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                    rs.getString(10), rs.getString(11)));
            count[0]++;
        });
        return count[0];
    }

    static AuditRow row(ResultSet rs) throws SQLException {
        return new AuditRow(rs.getLong("id"), rs.getLong("seq"),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor_name"),
                rs.getString("action"), rs.getString("object_type"), rs.getString("object_id"),
                rs.getString("channel"), rs.getString("before"), rs.getString("after"), rs.getString("hash"),
                rs.getObject("workspace_id", Long.class), rs.getObject("actor_id", Long.class),
                rs.getString("prev_hash"));
    }
}
