package app.factdesk.audit.ui;

import app.factdesk.audit.AuditRow;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns the grid's offset/limit requests into keyset pages (ADR 023): it keeps, for each offset where a fetched page
 * ended, the chain position of that page's last row, so the next page is "seq below it" instead of an offset the
 * database must walk. A request that starts between known boundaries skips only the rows since the nearest one.
 */
final class KeysetPages {

    /** Fetches up to {@code limit} rows below {@code beforeSeq}, newest first, after skipping {@code skip}. */
    @FunctionalInterface
    interface Fetch {
        List<AuditRow> rows(long beforeSeq, int skip, int limit);
    }

    private final TreeMap<Integer, Long> boundaries = new TreeMap<>();

    KeysetPages() {
        reset();
    }

    /** Forgets every boundary (the filter changed or the grid was refreshed). */
    void reset() {
        boundaries.clear();
        boundaries.put(0, Long.MAX_VALUE);
    }

    List<AuditRow> fetch(int offset, int limit, Fetch fetch) {
        Map.Entry<Integer, Long> nearest = boundaries.floorEntry(offset);
        List<AuditRow> rows = fetch.rows(nearest.getValue(), offset - nearest.getKey(), limit);
        if (!rows.isEmpty()) {
            boundaries.put(offset + rows.size(), rows.get(rows.size() - 1).seq());
        }
        return rows;
    }
}
