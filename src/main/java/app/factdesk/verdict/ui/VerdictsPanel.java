package app.factdesk.verdict.ui;

import app.factdesk.shared.ui.Toast;
import app.factdesk.claim.ClaimDetails;
import app.factdesk.claim.ClaimService;
import app.factdesk.claim.ClaimState;
import app.factdesk.verdict.RatingScaleService;
import app.factdesk.verdict.SourceService;
import app.factdesk.verdict.VerdictRow;
import app.factdesk.verdict.VerdictService;
import app.factdesk.verdict.VerdictStatus;
import app.factdesk.shared.UserFacingException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;

/**
 * The verdict history of one claim with sign-offs, the propose form when the member may propose now, and the
 * approve / return / publish buttons the member may use now. Every action is re-checked by the service.
 */
public class VerdictsPanel extends VerticalLayout implements VerdictCard.Actions {

    private final long claimId;
    private final VerdictService verdicts;
    private final RatingScaleService ratings;
    private final SourceService sources;
    private final ClaimService claims;
    private final Div history = new Div();
    private final Div proposal = new Div();
    private Runnable onChange = () -> { };

    public VerdictsPanel(long claimId, VerdictService verdicts, RatingScaleService ratings, SourceService sources,
            ClaimService claims) {
        this.claimId = claimId;
        this.verdicts = verdicts;
        this.ratings = ratings;
        this.sources = sources;
        this.claims = claims;
        setId("verdicts-panel");
        setPadding(false);
        history.setId("verdicts-history");
        add(new H2(getTranslation("verdicts.title")), history, proposal);
        refresh();
    }

    /** Called after any change of a verdict, e.g. so that the page shows the claim's new state. */
    public void setOnChange(Runnable onChange) {
        this.onChange = onChange;
    }

    /**
     * The verdicts so far (the published one first on a published claim), then the propose form. On a published
     * claim a correction starts from a button, not from an empty form under the published verdict.
     */
    public void refresh() {
        proposal.removeAll();
        if (verdicts.mayPropose(claimId)) {
            boolean correction = claims.find(claimId).map(ClaimDetails::state)
                    .map(state -> state == ClaimState.PUBLISHED || state == ClaimState.CORRECTED).orElse(false);
            if (correction) {
                Button start = new Button(getTranslation("verdicts.propose-correction"),
                        click -> proposal.replace(click.getSource(), form(true)));
                start.setId("verdict-start-correction");
                proposal.add(start);
            } else {
                proposal.add(form(false));
            }
        }
        history.removeAll();
        List<VerdictRow> rows = verdicts.ofClaim(claimId);
        if (rows.isEmpty()) {
            history.add(new Paragraph(getTranslation("verdicts.empty")));
        }
        rows.stream().sorted(java.util.Comparator.comparing(row -> row.status() != VerdictStatus.PUBLISHED))
                .forEach(row -> history.add(new VerdictCard(row, verdicts.allowedActions(row), this)));
    }

    private ProposeVerdictForm form(boolean correction) {
        ProposeVerdictForm form = new ProposeVerdictForm(claimId, ratings.activeLabels(), correction,
                verdicts.proposalBlockers(claimId));
        form.offerSources(sources.ofClaim(claimId));
        form.addProposeListener(event -> {
            try {
                verdicts.propose(event.command);
            } catch (UserFacingException refused) {
                form.refused(refused, verdicts.proposalBlockers(claimId));
                return;
            }
            Toast.done(getTranslation("verdicts.proposed"));
            refresh();
            onChange.run();
        });
        return form;
    }

    @Override
    public void approve(VerdictRow verdict) {
        changed(() -> verdicts.approve(verdict.id()), "verdicts.approved");
    }

    @Override
    public void giveBack(VerdictRow verdict, String reason) {
        changed(() -> verdicts.returnVerdict(verdict.id(), reason), "verdicts.returned");
    }

    @Override
    public void publish(VerdictRow verdict, String correctionNote) {
        changed(() -> verdicts.publish(verdict.id(), correctionNote), "verdicts.published");
    }

    private void changed(Runnable action, String doneKey) {
        Notices.attempt(this, action, doneKey);
        refresh();
        onChange.run();
    }
}
