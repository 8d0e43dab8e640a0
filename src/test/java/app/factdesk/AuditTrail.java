package app.factdesk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads a desk's audit events straight from {@code audit_event}, for tests that check which events an operation
 * appends: {@link #during} returns the events a piece of work added, {@link #one} asserts it added exactly one of
 * an object type. Integers come back as {@code Long}.
 */
@Component
public class AuditTrail {

    /** One event as stored; {@code before} and {@code after} are the parsed JSON maps, or null. */
    public record Recorded(long seq, String action, String objectType, String objectId, String actorName,
            Map<String, Object> before, Map<String, Object> after) {
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_LONG_FOR_INTS);

    private final JdbcTemplate jdbc;

    AuditTrail(app.factdesk.OwnerDatabase owner) {
        this.jdbc = owner.jdbc();
    }

    /** The events {@code work} appended to the workspace's chain, oldest first. */
    public List<Recorded> during(long workspaceId, Runnable work) {
        long mark = lastSeq(workspaceId);
        work.run();
        return since(workspaceId, mark);
    }

    /** The one event about an object of {@code objectType} that {@code work} appended; fails on none or several. */
    public Recorded one(long workspaceId, String objectType, Runnable work) {
        List<Recorded> about = during(workspaceId, work).stream().filter(e -> e.objectType().equals(objectType))
                .toList();
        assertThat(about).as("audit events about a %s", objectType).hasSize(1);
        return about.get(0);
    }

    /** Every event of the workspace after {@code mark} (a seq), oldest first. */
    public List<Recorded> since(long workspaceId, long mark) {
        return jdbc.query("select seq, action, object_type, object_id, actor_name, before::text, after::text "
                + "from audit_event where workspace_id = ? and seq > ? order by seq",
                (rs, n) -> new Recorded(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), map(rs.getString(6)), map(rs.getString(7))), workspaceId, mark);
    }

    public long lastSeq(long workspaceId) {
        return jdbc.queryForObject("select coalesce(max(seq), 0) from audit_event where workspace_id = ?", Long.class,
                workspaceId);
    }

    private static Map<String, Object> map(String json) {
        try {
            return json == null ? null : JSON.readValue(json, new TypeReference<Map<String, Object>>() { });
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
