package app.factdesk.desk.ui;

import app.factdesk.audit.AuditFilter;
import app.factdesk.audit.AuditRow;
import app.factdesk.audit.AuditService;
import app.factdesk.audit.ui.AuditHistory;
import app.factdesk.claim.ClaimService;
import app.factdesk.discussion.CommentService;
import app.factdesk.discussion.ui.CommentsPanel;
import app.factdesk.security.CurrentUser;
import app.factdesk.shared.live.ChangeFeed;
import app.factdesk.shared.live.LiveRefresh;
import app.factdesk.verdict.snapshot.SnapshotService;
import app.factdesk.security.Role;
import app.factdesk.verdict.RatingScaleService;
import app.factdesk.verdict.SourceService;
import app.factdesk.verdict.VerdictService;
import app.factdesk.verdict.ui.SourcesPanel;
import app.factdesk.verdict.ui.VerdictsPanel;
import app.factdesk.verification.TaskService;
import app.factdesk.verification.ui.TasksPanel;
import app.factdesk.workspace.WorkspaceService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import java.util.List;
import java.util.Optional;

/** Builds the panels of the claim details page from the modules that own them. */
@SpringComponent
@UIScope
class ClaimPanels {

    private final ClaimService claims;
    private final TaskService tasks;
    private final CommentService comments;
    private final WorkspaceService workspaces;
    private final SourceService sources;
    private final VerdictService verdicts;
    private final RatingScaleService ratings;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final SnapshotService snapshots;
    private final ChangeFeed changes;
    private final app.factdesk.claim.SimilarClaims similar;
    private final app.factdesk.claim.FactCheckLibrary library;
    private final app.factdesk.claim.ClaimLinks links;

    ClaimPanels(ClaimService claims, TaskService tasks, CommentService comments, WorkspaceService workspaces,
            SourceService sources, VerdictService verdicts, RatingScaleService ratings, AuditService audit,
            CurrentUser currentUser, SnapshotService snapshots, ChangeFeed changes,
            app.factdesk.claim.SimilarClaims similar, app.factdesk.claim.ClaimLinks links,
            app.factdesk.claim.FactCheckLibrary library) {
        this.library = library;
        this.similar = similar;
        this.links = links;
        this.snapshots = snapshots;
        this.changes = changes;
        this.claims = claims;
        this.tasks = tasks;
        this.comments = comments;
        this.workspaces = workspaces;
        this.sources = sources;
        this.verdicts = verdicts;
        this.ratings = ratings;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    Component verdicts(long claimId, Runnable onChange) {
        VerdictsPanel panel = new VerdictsPanel(claimId, verdicts, ratings, sources, claims);
        panel.setOnChange(onChange);
        return panel;
    }

    Component similar(long claimId) {
        return new SimilarClaimsPanel(claimId, similar, links,
                currentUser.workspace().role().includes(app.factdesk.security.Role.FACT_CHECKER), library);
    }

    Component tasks(long claimId) {
        return new TasksPanel(claimId, tasks, currentUser);
    }

    Component sources(long claimId, Runnable onChange) {
        SourcesPanel panel = new SourcesPanel(claimId, sources, snapshots);
        LiveRefresh.refreshOnChange(panel, changes, currentUser.workspaceId(), LiveRefresh.ofType("source"),
                panel::refresh);
        panel.setOnChange(onChange);
        return panel;
    }

    Component comments(long claimId) {
        return new CommentsPanel(claimId, comments, workspaces);
    }

    /** The claim's audit events, newest first, for those who may read the audit log (editors and admins). */
    Optional<Component> history(long claimId) {
        if (!currentUser.workspace().role().includes(Role.EDITOR)) {
            return Optional.empty();
        }
        List<AuditRow> rows = audit.page(new AuditFilter(null, null, "claim", String.valueOf(claimId), null, null),
                0, 200);
        AuditHistory grid = new AuditHistory(rows, audit.actorNames(AuditHistory.actorIds(rows)));
        grid.setId("claim-history");
        return Optional.of(grid);
    }
}
