package app.factdesk.desk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.factdesk.TwoWorkspaces;
import app.factdesk.claim.ClaimDetails;
import app.factdesk.claim.ClaimFields;
import app.factdesk.claim.ClaimService;
import app.factdesk.claim.CreateClaim;
import app.factdesk.security.Role;
import app.factdesk.ui.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ClaimDetailsUiIT extends KaribuTest {

    private static final String QUOTE = "تم التوصل إلى عدة تفاهمات بشأن استمرار الاتصالات على أعلى مستوى";

    @Autowired
    TwoWorkspaces fixtures;
    @Autowired
    ClaimService claims;

    private TwoWorkspaces.Other desk;
    private ClaimDetails claim;

    @BeforeEach
    void aClaimOnTheReferenceArticle() {
        desk = fixtures.createOther();
        long articleId = fixtures.importReference(desk);
        String body = TwoWorkspaces.referenceArticle();
        int start = body.indexOf(QUOTE);
        claim = users.as(desk.adminUsername(), () -> claims.create(new CreateClaim(articleId, start,
                start + QUOTE.length(), QUOTE, new ClaimFields("Several understandings were reached", "دميتري بيسكوف",
                        null, null, List.of()), null)));
    }

    private List<String> sections() {
        return _find(H2.class).stream().map(H2::getText).toList();
    }

    @Test
    void an_editor_sees_the_quote_in_context_all_the_work_and_the_history() {
        login(fixtures.addMember(desk, Role.EDITOR, "Elias Editor"));
        UI.getCurrent().navigate("claims/" + claim.id());
        assertThat(_get(H1.class, spec -> spec.withId("claim-details-statement")).getText())
                .isEqualTo("Several understandings were reached");
        Paragraph quote = _get(Paragraph.class, spec -> spec.withId("claim-details-quote"));
        assertThat(quote.getElement().getAttribute("dir")).isEqualTo("rtl");
        assertThat(quote.getElement().getTextRecursively()).contains(QUOTE).contains(claim.anchor().prefix().strip());
        assertThat(sections()).containsExactly("Tasks", "New task", "Sources and evidence", "Verdicts", "Comments",
                "Similar claims", "History");
        @SuppressWarnings("unchecked")
        Grid<app.factdesk.audit.AuditRow> history = _get(Grid.class, spec -> spec.withId("claim-history"));
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(history)).isEqualTo(1);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._get(history, 0).action()).isEqualTo("claim.created");
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(history, 0))
                .contains("Claim created").doesNotContain("claim.created");
        String changes = com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(history, 0, "changes")
                .getElement().getTextRecursively();
        assertThat(changes).contains("Statement: Several understandings were reached", "Priority: Normal",
                "Claimant: دميتري بيسكوف").doesNotContain("{", "\"statement\"");
    }

    @Test
    void a_viewer_sees_the_claim_and_its_work_but_not_the_audit_history() {
        login(fixtures.addMember(desk, Role.VIEWER, "Vera Viewer"));
        UI.getCurrent().navigate("claims/" + claim.id());
        assertThat(sections()).containsExactly("Tasks", "Sources and evidence", "Verdicts", "Comments",
                "Similar claims");
    }

    @Test
    void another_workspace_gets_page_not_found() {
        login(fixtures.addMember(fixtures.createOther(), Role.ADMIN, "Outsider"));
        UI.getCurrent().navigate("claims/" + claim.id());
        assertThat(_get(H1.class, spec -> spec.withId("error-title")).getText()).isEqualTo("Page not found");
    }
}
