package app.factdesk.api;

import app.factdesk.claim.Anchor;
import app.factdesk.claim.ClaimDetails;
import app.factdesk.claim.ClaimState;
import app.factdesk.claim.Priority;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One claim. {@code target} is where it points, as a Web Annotation target: the article and two selectors of the
 * same span. {@code version} goes back with an edit so that a concurrent change is refused instead of overwritten.
 */
record ClaimJson(long id, long articleId, String statement, String claimant, LocalDate claimDate, Priority priority,
        List<String> tags, ClaimState state, String origin, Double suggestionScore, String rejectionReason,
        Target target, Instant createdAt, Instant updatedAt, long version) {

    record Target(String source, List<Selector> selector) {
    }

    static ClaimJson of(ClaimDetails claim) {
        Anchor anchor = claim.anchor();
        Target target = new Target("/api/v1/articles/" + claim.articleId(), List.of(
                new Selector.TextPosition(anchor.start(), anchor.end()),
                new Selector.TextQuote(anchor.exact(), anchor.prefix(), anchor.suffix())));
        return new ClaimJson(claim.id(), claim.articleId(), claim.statement(), claim.claimant(), claim.claimDate(),
                claim.priority(), claim.tags(), claim.state(), claim.origin(), claim.suggestionScore(),
                claim.rejectionReason(), target, claim.createdAt(), claim.updatedAt(), claim.version());
    }
}
