package app.factdesk.discussion.ui;

import app.factdesk.claim.ClaimDetails;
import app.factdesk.claim.ClaimService;
import app.factdesk.discussion.CommentService;
import app.factdesk.security.CurrentUser;
import app.factdesk.verification.TaskService;
import app.factdesk.verification.ui.TasksPanel;
import app.factdesk.workspace.WorkspaceService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * A claim's tasks and discussion on one page, until the claim details page takes both panels over; notifications
 * link here.
 */
@Route("claim-work")
@PermitAll
public class ClaimWorkView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final ClaimService claims;
    private final TaskService tasks;
    private final CommentService comments;
    private final WorkspaceService workspaces;
    private final CurrentUser currentUser;
    private String title = "";

    public ClaimWorkView(ClaimService claims, TaskService tasks, CommentService comments, WorkspaceService workspaces,
            CurrentUser currentUser) {
        this.claims = claims;
        this.tasks = tasks;
        this.comments = comments;
        this.workspaces = workspaces;
        this.currentUser = currentUser;
    }

    @Override
    public void setParameter(BeforeEvent event, Long claimId) {
        ClaimDetails claim = claimId == null ? null : claims.find(claimId).orElse(null);
        if (claim == null) {
            throw new NotFoundException();
        }
        removeAll();
        title = claim.statement();
        H2 heading = new H2(claim.statement());
        heading.getElement().setAttribute("dir", "auto");
        add(heading, new Anchor("articles/" + claim.articleId(), getTranslation("my-tasks.open-article")),
                new TasksPanel(claim.id(), tasks, currentUser), new CommentsPanel(claim.id(), comments, workspaces));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
