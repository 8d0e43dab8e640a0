package app.factdesk.audit;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/** The SQL condition and parameters for one workspace's events matching an {@link AuditFilter}. */
record AuditQuery(String where, MapSqlParameterSource params) {

    static AuditQuery of(long workspaceId, AuditFilter filter) {
        List<String> conditions = new ArrayList<>(List.of("workspace_id = :workspace"));
        MapSqlParameterSource params = new MapSqlParameterSource("workspace", workspaceId);
        if (present(filter.actor())) {
            conditions.add("lower(actor_name) = lower(:actor)");
            params.addValue("actor", filter.actor().strip());
        }
        if (present(filter.action())) {
            conditions.add("starts_with(action, :action)");
            params.addValue("action", filter.action().strip());
        }
        if (present(filter.objectType())) {
            conditions.add("object_type = :objectType");
            params.addValue("objectType", filter.objectType().strip());
        }
        if (present(filter.objectId())) {
            conditions.add("object_id = :objectId");
            params.addValue("objectId", filter.objectId().strip());
        }
        if (filter.from() != null) {
            conditions.add("occurred_at >= :from");
            params.addValue("from", filter.from().atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            conditions.add("occurred_at < :to");
            params.addValue("to", filter.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        return new AuditQuery(String.join(" and ", conditions), params);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
