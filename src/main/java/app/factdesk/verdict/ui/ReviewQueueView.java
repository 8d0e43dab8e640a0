package app.factdesk.verdict.ui;

import app.factdesk.security.CurrentUser;
import app.factdesk.shared.live.ChangeFeed;
import app.factdesk.shared.live.LiveRefresh;
import app.factdesk.claim.ClaimDetails;
import app.factdesk.claim.ClaimService;
import app.factdesk.security.Role;
import app.factdesk.verdict.VerdictRow;
import app.factdesk.verdict.VerdictService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
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
    private final Div ready = new Div();

    public ReviewQueueView(VerdictService verdicts, ClaimService claims,
            CurrentUser currentUser, ChangeFeed changes) {
        // A proposal, approval or return anywhere in the workspace moves a claim: the queue follows live.
        LiveRefresh.refreshOnChange(this, changes, currentUser.workspaceId(), LiveRefresh.ofType("claim", "verdict"),
                this::refresh);
        this.verdicts = verdicts;
        this.claims = claims;
        queue.setId("review-queue");
        queue.setWidthFull();
        ready.setId("ready-to-publish");
        ready.setWidthFull();
        H2 awaitingTitle = new H2(getTranslation("review.awaiting-title"));
        H2 readyTitle = new H2(getTranslation("review.ready-title"));
        readyTitle.setId("ready-to-publish-title");
        add(new H1(getTranslation("review.title")), awaitingTitle, queue, readyTitle, ready);
        refresh();
    }

    private void refresh() {
        fill(queue, verdicts.awaitingSignOff(), "review.empty");
        fill(ready, verdicts.readyToPublish(), "review.ready-empty");
    }

    private void fill(Div list, java.util.List<VerdictRow> rows, String emptyKey) {
        list.removeAll();
        if (rows.isEmpty()) {
            list.add(new Paragraph(getTranslation(emptyKey)));
        }
        var byId = claims.findAll(rows.stream().map(VerdictRow::claimId).toList());
        rows.forEach(verdict -> {
            ClaimDetails claim = byId.get(verdict.claimId());
            if (claim != null) {
                list.add(item(claim, verdict));
            }
        });
    }

    private Div item(ClaimDetails claim, VerdictRow verdict) {
        // The statement is the way to the claim page: a link, so Enter opens it as a click does.
        Anchor link = new Anchor("claims/" + claim.id(), claim.statement());
        link.setId("review-claim-" + verdict.id());
        link.getElement().setAttribute("dir", "auto");
        H3 statement = new H3(link);
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
