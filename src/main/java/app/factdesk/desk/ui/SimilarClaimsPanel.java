package app.factdesk.desk.ui;

import app.factdesk.claim.ClaimLinks;
import app.factdesk.claim.LinkedClaim;
import app.factdesk.claim.SimilarClaim;
import app.factdesk.claim.SimilarClaims;
import app.factdesk.shared.UserFacingException;
import app.factdesk.shared.ui.Toast;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "Already checked": claims of the workspace linked as the same claim (with their verdicts), then the most similar
 * other claims with their score, state and published verdict; fact-checkers link or unlink them here (issue 15).
 */
class SimilarClaimsPanel extends VerticalLayout {

    private static final int SHOWN = 5;

    private final long claimId;
    private final SimilarClaims similar;
    private final ClaimLinks links;
    private final boolean mayLink;
    private final Div linked = new Div();
    private final Div candidates = new Div();
    private final Div elsewhere = new Div();
    private final app.factdesk.claim.FactCheckLibrary library;

    SimilarClaimsPanel(long claimId, SimilarClaims similar, ClaimLinks links, boolean mayLink,
            app.factdesk.claim.FactCheckLibrary library) {
        this.library = library;
        this.claimId = claimId;
        this.similar = similar;
        this.links = links;
        this.mayLink = mayLink;
        setId("similar-panel");
        setPadding(false);
        linked.setId("same-claims");
        candidates.setId("similar-claims");
        H3 linkedTitle = new H3(getTranslation("similar.linked-title"));
        elsewhere.setId("checked-elsewhere");
        add(new H2(getTranslation("similar.title")), linkedTitle, linked, candidates,
                new H3(getTranslation("similar.elsewhere-title")), elsewhere);
        refresh();
    }

    void refresh() {
        linked.removeAll();
        candidates.removeAll();
        List<LinkedClaim> same = links.linkedTo(claimId);
        same.forEach(l -> linked.add(line(l.claimId(), l.statement(), l.state().name(), l.verdict(), null, false,
                true)));
        Set<Long> already = same.stream().map(LinkedClaim::claimId).collect(Collectors.toSet());
        List<SimilarClaim> others = similar.similarTo(claimId, SHOWN + already.size()).stream()
                .filter(c -> !already.contains(c.claimId())).limit(SHOWN).toList();
        if (others.isEmpty() && same.isEmpty()) {
            candidates.add(new Paragraph(getTranslation("similar.none")));
        }
        others.forEach(c -> candidates.add(line(c.claimId(), c.statement(), c.state().name(), c.verdict(),
                (int) Math.round(c.score() * 100), c.numbersDiffer() || c.namesDiffer(), false)));
        elsewhere.removeAll();
        List<app.factdesk.claim.CheckedElsewhere> checked = library.matchingClaim(claimId, 3);
        if (checked.isEmpty()) {
            elsewhere.add(new Paragraph(getTranslation("similar.elsewhere-none")));
        }
        checked.forEach(c -> elsewhere.add(checkedLine(c)));
    }

    private Div checkedLine(app.factdesk.claim.CheckedElsewhere c) {
        Anchor open = new Anchor(c.url(), DashboardView.shorten(c.claimReviewed()));
        open.setTarget("_blank");
        open.getElement().setAttribute("rel", "noopener noreferrer");
        open.getElement().setAttribute("dir", "auto");
        open.getElement().setAttribute("title", c.claimReviewed());
        Span by = new Span(getTranslation("similar.checked-by", c.publisher(),
                app.factdesk.shared.ui.Formats.date(c.published(), getLocale()), c.rating()));
        Div line = new Div(open, by);
        line.addClassName("similar-claim");
        line.setId("checked-elsewhere-" + c.id());
        line.add(badge(getTranslation("similar.score", (int) Math.round(c.score() * 100)), "badge"));
        if (c.numbersDiffer() || c.namesDiffer()) {
            line.add(badge(getTranslation("similar.differs"), "badge error"));
        }
        return line;
    }

    private Div line(long otherId, String statement, String state, String verdict, Integer percent, boolean differs,
            boolean isLinked) {
        Anchor open = new Anchor("claims/" + otherId, DashboardView.shorten(statement));
        open.getElement().setAttribute("dir", "auto");
        open.getElement().setAttribute("title", statement);
        Div line = new Div(open);
        line.addClassName("similar-claim");
        line.setId((isLinked ? "same-claim-" : "similar-claim-") + otherId);
        if (percent != null) {
            line.add(badge(getTranslation("similar.score", percent), "badge"));
        }
        line.add(badge(getTranslation("state." + state), "badge contrast"));
        if (verdict != null) {
            line.add(badge(getTranslation("similar.verdict", verdict), "badge success"));
        }
        if (differs) {
            line.add(badge(getTranslation("similar.differs"), "badge error"));
        }
        if (mayLink) {
            Button act = new Button(getTranslation(isLinked ? "similar.unlink" : "similar.link"), click -> {
                try {
                    if (isLinked) {
                        links.unlink(claimId, otherId);
                    } else {
                        links.link(claimId, otherId);
                    }
                    Toast.done(getTranslation(isLinked ? "similar.unlinked" : "similar.linked"));
                } catch (UserFacingException refused) {
                    Toast.refused(getTranslation(refused.messageKey(), refused.arguments()));
                }
                refresh();
            });
            act.setId((isLinked ? "unlink-claim-" : "link-claim-") + otherId);
            act.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            line.add(act);
        }
        return line;
    }

    private Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(theme);
        return badge;
    }
}
