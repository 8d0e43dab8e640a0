package app.factdesk.shared.live;

/**
 * A committed change, as it travels between servers: {@code {workspace, type, id, version}} plus the instance that
 * sent it (so it can ignore its own echo). {@link #RESYNC} tells views to re-query everything: notices may have been
 * missed while the listen connection was down.
 */
public record ChangeNotice(long workspace, String type, long id, long version, String origin) {

    public static final String RESYNC = "*";

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isResync() {
        return RESYNC.equals(type);
    }
}
