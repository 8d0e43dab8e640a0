package app.factdesk.verdict.ui;

import app.factdesk.security.CurrentUser;
import app.factdesk.shared.live.ChangeFeed;
import app.factdesk.shared.live.LiveRefresh;
import app.factdesk.claim.ClaimDetails;
import app.factdesk.claim.ClaimService;
import app.factdesk.security.Role;
import app.factdesk.verdict.VerdictRow;
import app.factdesk.verdict.VerdictService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Editors' queue of proposed verdicts, oldest first: the claim, its quote, the verdict with rating, rationale and
 * sources, a place for the claim's tasks, and approve / return.
 */
@Route("review")
@RolesAllowed(Role.EDITOR_NAME)
@Menu(title = "menu.review", order = 18, icon = "vaadin:check-square-o")
public class ReviewQueueView extends VerticalLayout implements HasDynamicTitle, VerdictCard.Actions {

    private final VerdictService verdicts;
    private final ClaimService claims;
    private final Div queue = new Div();

    public ReviewQueueView(VerdictService verdicts, ClaimService claims,
            CurrentUser currentUser, ChangeFeed changes) {
        // A proposal, approval or return anywhere in the workspace moves a claim: the queue follows live.
        LiveRefresh.refreshOnChange(this, changes, currentUser.workspaceId(), LiveRefresh.ofType("claim", "verdict"),
                this::refresh);
        this.verdicts = verdicts;
        this.claims = claims;
        queue.setId("review-queue");
        queue.setWidthFull();
        add(new H1(getTranslation("review.title")), queue);
        refresh();
    }

    private void refresh() {
        queue.removeAll();
        var waiting = verdicts.awaitingSignOff();
        if (waiting.isEmpty()) {
            queue.add(new Paragraph(getTranslation("review.empty")));
        }
        var byId = claims.findAll(waiting.stream().map(VerdictRow::claimId).toList());
        waiting.forEach(verdict -> {
            ClaimDetails claim = byId.get(verdict.claimId());
            if (claim != null) {
                queue.add(item(claim, verdict));
            }
        });
    }

    private Div item(ClaimDetails claim, VerdictRow verdict) {
        H3 statement = new H3(claim.statement());
        statement.getElement().setAttribute("dir", "auto");
        Paragraph quote = new Paragraph(claim.anchor().prefix() + "«" + claim.anchor().exact() + "»"
                + claim.anchor().suffix());
        quote.getElement().setAttribute("dir", "auto");
        quote.addClassName("review-quote");
        Div tasks = new Div();
        tasks.setId("review-tasks-" + claim.id());
        tasks.addClassName("review-tasks");
        Div item = new Div(statement, quote, new VerdictCard(verdict, verdicts.allowedActions(verdict), this), tasks);
        item.setId("review-item-" + verdict.id());
        item.addClassName("review-item");
        return item;
    }

    @Override
    public void approve(VerdictRow verdict) {
        Notices.attempt(this, () -> verdicts.approve(verdict.id()), "verdicts.approved");
        refresh();
    }

    @Override
    public void giveBack(VerdictRow verdict, String reason) {
        Notices.attempt(this, () -> verdicts.returnVerdict(verdict.id(), reason), "verdicts.returned");
        refresh();
    }

    @Override
    public void publish(VerdictRow verdict, String correctionNote) {
        Notices.attempt(this, () -> verdicts.publish(verdict.id(), correctionNote), "verdicts.published");
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.title");
    }
}
