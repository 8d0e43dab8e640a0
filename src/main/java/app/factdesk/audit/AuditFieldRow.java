package app.factdesk.audit;

/**
 * One changed field of one audit event, flat for spreadsheets: {@code field} is null for an event without fields;
 * {@code before} and {@code after} are the field's values as text (strings unquoted, anything else as JSON).
 * {@code occurredAt} is ISO-8601 UTC to the microsecond.
 */
public record AuditFieldRow(long seq, String occurredAt, String actorName, String action, String objectType,
        String objectId, String channel, String field, String before, String after, String hash) {

    /** The columns, in order, as headers and as the bench's psql baseline selects them. */
    public static final String[] COLUMNS = {"seq", "occurred_at", "actor", "action", "object_type", "object_id",
        "channel", "field", "before", "after", "hash"};

    /** This row's cells in {@link #COLUMNS} order. */
    public String[] cells() {
        return new String[] {Long.toString(seq), occurredAt, actorName, action, objectType, objectId, channel, field,
            before, after, hash};
    }
}
