package app.factdesk.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The fields that differ between two snapshots, as the audit log's before and after. */
public record FieldChanges(Map<String, Object> before, Map<String, Object> after) {

    public static FieldChanges between(Map<String, Object> before, Map<String, Object> after) {
        Map<String, Object> was = new LinkedHashMap<>();
        Map<String, Object> now = new LinkedHashMap<>();
        for (String key : after.keySet()) {
            if (!Objects.equals(before.get(key), after.get(key))) {
                was.put(key, before.get(key));
                now.put(key, after.get(key));
            }
        }
        return new FieldChanges(was, now);
    }
}
