package app.factdesk.audit;

/**
 * Where a workspace's chain stands now: how many events it holds and the hash of the last one (64 zeros for an
 * empty chain). A reader who keeps this pair can later tell whether events were removed or altered.
 */
public record ChainHead(long count, String hash) {
}
