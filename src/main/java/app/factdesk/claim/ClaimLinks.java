package app.factdesk.claim;

import app.factdesk.security.CurrentUser;
import app.factdesk.shared.UserFacingException;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Same claim as" links between claims of one workspace (issue 15): made and removed by fact-checkers, seen by every
 * member from both claims, each change audited on both claims. Row-level security keeps links inside the workspace;
 * the composite foreign keys keep both claims in the link's workspace.
 */
@Service
public class ClaimLinks {

    private final NamedParameterJdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ClaimLinks(NamedParameterJdbcTemplate jdbc, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Links two claims as the same claim; linking again changes nothing. Returns whether a link was made. */
    @PreAuthorize("hasRole('FACT_CHECKER')")
    @Transactional
    public boolean link(long claimId, long otherClaimId) {
        requirePair(claimId, otherClaimId);
        int made = jdbc.update("""
                insert into claim_link (workspace_id, claim_id, other_claim_id, linked_by, linked_at)
                values (:workspace, :a, :b, :by, :at) on conflict (claim_id, other_claim_id) do nothing
                """, pair(claimId, otherClaimId).addValue("by", currentUser.require().userId())
                .addValue("at", java.sql.Timestamp.from(clock.instant())));
        if (made == 1) {
            Long workspace = currentUser.workspaceId();
            events.publishEvent(new ClaimLinked(workspace, claimId, otherClaimId));
            events.publishEvent(new ClaimLinked(workspace, otherClaimId, claimId));
        }
        return made == 1;
    }

    /** Removes the link between two claims; returns whether there was one. */
    @PreAuthorize("hasRole('FACT_CHECKER')")
    @Transactional
    public boolean unlink(long claimId, long otherClaimId) {
        requirePair(claimId, otherClaimId);
        int removed = jdbc.update("delete from claim_link where workspace_id = :workspace and claim_id = :a"
                + " and other_claim_id = :b", pair(claimId, otherClaimId));
        if (removed == 1) {
            Long workspace = currentUser.workspaceId();
            events.publishEvent(new ClaimUnlinked(workspace, claimId, otherClaimId));
            events.publishEvent(new ClaimUnlinked(workspace, otherClaimId, claimId));
        }
        return removed == 1;
    }

    /** The claims linked to this one, newest link first, with their state and published verdict. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<LinkedClaim> linkedTo(long claimId) {
        return jdbc.query("""
                select c.id, c.article_id, c.statement, c.state, l.linked_at,
                       (select case when :arabic then r.label_ar else r.label_en end from verdict v join rating_label r on r.id = v.rating_label_id
                        where v.claim_id = c.id and v.status = 'PUBLISHED' order by v.id desc limit 1) verdict
                from claim_link l
                join claim c on c.id = case when l.claim_id = :claim then l.other_claim_id else l.claim_id end
                where l.workspace_id = :workspace and (l.claim_id = :claim or l.other_claim_id = :claim)
                order by l.linked_at desc, l.id desc
                """, new MapSqlParameterSource("workspace", currentUser.workspaceId()).addValue("claim", claimId)
                .addValue("arabic", currentUser.get().map(u -> "ar".equals(u.language())).orElse(false)),
                (rs, n) -> new LinkedClaim(rs.getLong("id"), rs.getLong("article_id"), rs.getString("statement"),
                        ClaimState.valueOf(rs.getString("state")), rs.getString("verdict"),
                        rs.getTimestamp("linked_at").toInstant()));
    }

    private void requirePair(long claimId, long otherClaimId) {
        if (claimId == otherClaimId) {
            throw new UserFacingException("claim-link.self");
        }
        Integer found = jdbc.queryForObject("select count(*) from claim where workspace_id = :workspace"
                + " and id in (:a, :b)", pair(claimId, otherClaimId), Integer.class);
        if (found == null || found != 2) {
            throw new UserFacingException("claim.not-found");
        }
    }

    private MapSqlParameterSource pair(long claimId, long otherClaimId) {
        return new MapSqlParameterSource("workspace", currentUser.workspaceId())
                .addValue("a", Math.min(claimId, otherClaimId)).addValue("b", Math.max(claimId, otherClaimId));
    }
}
