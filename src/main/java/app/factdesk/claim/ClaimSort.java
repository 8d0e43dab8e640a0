package app.factdesk.claim;

/** Orders of the workspace claims grid. */
public enum ClaimSort {
    NEWEST("c.created_at desc, c.id desc"),
    PRIORITY("case c.priority when 'HIGH' then 0 when 'NORMAL' then 1 else 2 end, c.created_at desc, c.id desc"),
    PRIORITY_LOWEST("case c.priority when 'HIGH' then 0 when 'NORMAL' then 1 else 2 end desc, c.created_at desc, c.id desc"),
    CLAIM_DATE("c.claim_date desc nulls last, c.id desc"),
    CLAIM_DATE_OLDEST("c.claim_date asc nulls last, c.id");

    final String orderBy;

    ClaimSort(String orderBy) {
        this.orderBy = orderBy;
    }
}
