package app.factdesk.audit;

import app.factdesk.TestUsers;
import app.factdesk.TwoWorkspaces;
import app.factdesk.claim.ClaimDetails;
import app.factdesk.claim.ClaimFields;
import app.factdesk.claim.ClaimService;
import app.factdesk.claim.CreateClaim;
import app.factdesk.claim.Priority;
import app.factdesk.security.Role;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A fresh desk with the reference article and an editor, for audit tests that must not see each other's events. */
@Component
class AuditDesk {

    static final String QUOTE = "التوصل إلى تفاهم بشأن استمرار الاتصالات";

    record Desk(long workspaceId, long articleId, String editor) {
    }

    private final TwoWorkspaces fixtures;
    private final ClaimService claims;
    private final JdbcTemplate owner;
    private final JdbcTemplate app;

    AuditDesk(TwoWorkspaces fixtures, ClaimService claims, app.factdesk.OwnerDatabase owner, JdbcTemplate app) {
        this.fixtures = fixtures;
        this.claims = claims;
        this.owner = owner.jdbc();
        this.app = app;
    }

    /** Inside a transaction, its own uncommitted rows (as that transaction sees them); otherwise the owner's view. */
    private JdbcTemplate jdbc() {
        return org.springframework.transaction.support.TransactionSynchronizationManager.isActualTransactionActive()
                ? app : owner;
    }

    Desk create() {
        TwoWorkspaces.Other other = fixtures.createOther();
        long articleId = fixtures.importReference(other);
        return new Desk(other.workspaceId(), articleId, fixtures.addMember(other, Role.EDITOR, "Audit Editor"));
    }

    /** Creates a claim on the reference quote as whoever is signed in. */
    ClaimDetails claim(Desk desk, String statement) {
        int start = TwoWorkspaces.referenceArticle().indexOf(QUOTE);
        return claims.create(new CreateClaim(desk.articleId(), start, start + QUOTE.length(), QUOTE,
                new ClaimFields(statement, "دميتري بيسكوف", null, Priority.HIGH, List.of("kremlin")), null));
    }

    long events(long workspaceId) {
        return jdbc().queryForObject("select count(*) from audit_event where workspace_id = ?", Long.class, workspaceId);
    }

    long events(long workspaceId, String action, long objectId) {
        return jdbc().queryForObject("select count(*) from audit_event where workspace_id = ? and action = ? "
                + "and object_id = ?", Long.class, workspaceId, action, Long.toString(objectId));
    }

    static void signOut() {
        TestUsers.signOut();
    }
}
