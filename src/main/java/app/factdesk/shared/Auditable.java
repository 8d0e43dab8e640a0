package app.factdesk.shared;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A past-tense event that the audit module records in the transaction of the change it describes. Modules publish
 * their own event records implementing this; the audit module listens for this type only, so it depends on no
 * feature module.
 */
public interface Auditable {

    /** The workspace whose chain records it; null for account-level events (sign-ins, failures, lockouts). */
    Long workspaceId();

    /** What happened, as {@code object.verb_in_past_tense}, e.g. {@code claim.rejected}. */
    String action();

    String objectType();

    String objectId();

    /** The changed fields before the change (JSON-mappable values), or null. */
    default Map<String, Object> before() {
        return null;
    }

    /** The changed fields after the change (JSON-mappable values), or null. */
    default Map<String, Object> after() {
        return null;
    }

    /**
     * The door the change came through ({@code UI}, {@code API}, {@code SYSTEM}) when it is not the current request's,
     * e.g. a background job started through the API and recorded on a worker thread; null means the current one.
     */
    default String channel() {
        return null;
    }

    /** Who did it when there is no signed-in principal yet (sign-in attempts); null means the current principal. */
    default AuditActor actor() {
        return null;
    }

    /** A field map in the given order that, unlike {@code Map.of}, keeps null values: {@code fields("k", v, ...)}. */
    static Map<String, Object> fields(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
