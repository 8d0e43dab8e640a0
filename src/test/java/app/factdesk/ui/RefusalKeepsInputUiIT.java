package app.factdesk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.factdesk.TwoWorkspaces;
import app.factdesk.claim.ClaimService;
import app.factdesk.claim.ui.ArticleText;
import app.factdesk.security.Role;
import app.factdesk.verdict.VerdictDesk;
import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.DomEvent;
import elemental.json.Json;
import elemental.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A refusal never clears what a person typed, and says why at the field it concerns (issue 10). */
class RefusalKeepsInputUiIT extends KaribuTest {

    @Autowired
    VerdictDesk desks;
    @Autowired
    TwoWorkspaces fixtures;
    @Autowired
    ClaimService claims;

    @Test
    void a_refused_source_keeps_every_field_and_marks_the_url() {
        VerdictDesk.Desk desk = desks.create();
        login(desk.checker());
        UI.getCurrent().navigate("claims/" + desk.claimId());
        TextField url = _get(TextField.class, spec -> spec.withId("source-url"));
        TextField title = _get(TextField.class, spec -> spec.withId("source-title"));
        _setValue(url, "https://en.kremlin.ru/events/president/news/66932");
        _setValue(title, "Kremlin readout");
        _click(_get(Button.class, spec -> spec.withId("source-add")));
        assertThat(url.getValue()).as("added, so the form starts again").isEmpty();
        url = _get(TextField.class, spec -> spec.withId("source-url"));
        title = _get(TextField.class, spec -> spec.withId("source-title"));
        _setValue(url, "https://en.kremlin.ru/events/president/news/66932");
        _setValue(title, "The same readout, typed again");
        _click(_get(Button.class, spec -> spec.withId("source-add")));
        assertThat(url.isInvalid()).isTrue();
        assertThat(url.getErrorMessage()).startsWith("This claim already has the source");
        assertThat(url.getValue()).isEqualTo("https://en.kremlin.ru/events/president/news/66932");
        assertThat(title.getValue()).isEqualTo("The same readout, typed again");

        _setValue(url, "ftp://archive.example/readout");
        _click(_get(Button.class, spec -> spec.withId("source-add")));
        assertThat(url.getErrorMessage()).isEqualTo("Only http and https addresses can be added.");
        assertThat(title.getValue()).isEqualTo("The same readout, typed again");
    }

    @Test
    void a_refused_comment_stays_in_the_box_with_the_reason() {
        VerdictDesk.Desk desk = desks.create();
        login(desk.checker());
        UI.getCurrent().navigate("claims/" + desk.claimId());
        TextArea draft = _get(TextArea.class, spec -> spec.withId("comment-draft"));
        _setValue(draft, "   \n  ");
        _click(_get(Button.class, spec -> spec.withId("comment-post")));
        assertThat(draft.isInvalid()).isTrue();
        assertThat(draft.getErrorMessage()).isNotBlank();
        assertThat(draft.getValue()).isEqualTo("   \n  ");
    }

    @Test
    void a_refused_claim_keeps_the_dialog_open_with_the_wording_and_says_why_inside_it() {
        TwoWorkspaces.Other desk = fixtures.createOther();
        long articleId = fixtures.importReference(desk);
        login(fixtures.addMember(desk, Role.FACT_CHECKER, "Fatima Checker"));
        UI.getCurrent().navigate("articles/" + articleId);
        String quote = "التوصل إلى تفاهم بشأن استمرار الاتصالات";
        int start = TwoWorkspaces.referenceArticle().indexOf(quote);
        // A selection whose offsets do not match its text (a page open while the article changed, or forged).
        JsonObject detail = Json.createObject();
        detail.put("event.detail.start", start + 3);
        detail.put("event.detail.end", start + 3 + quote.length());
        detail.put("event.detail.exact", quote);
        ArticleText text = _get(ArticleText.class);
        ElementUtilsKt._fireDomEvent(text.getElement(), new DomEvent(text.getElement(), "fd-selection", detail));
        _click(_get(Button.class, spec -> spec.withId("create-from-selection")));
        TextArea statement = _get(TextArea.class, spec -> spec.withId("claim-statement"));
        _setValue(statement, "Moscow and Washington agreed to keep talking");
        _click(_get(Button.class, spec -> spec.withId("claim-save")));

        assertThat(_find(Dialog.class)).hasSize(1);
        assertThat(statement.getValue()).isEqualTo("Moscow and Washington agreed to keep talking");
        Paragraph problem = _get(Paragraph.class, spec -> spec.withId("claim-problem"));
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).isNotBlank();
        assertThat(claims.ofArticle(articleId)).isEmpty();
    }

    @Test
    void a_refused_import_marks_the_field_and_keeps_the_rest() {
        TwoWorkspaces.Other desk = fixtures.createOther();
        login(desk.adminUsername());
        UI.getCurrent().navigate("articles/import");
        TextField title = _get(TextField.class, spec -> spec.withId("import-title"));
        TextArea body = _get(TextArea.class, spec -> spec.withId("import-body"));
        TextField url = _get(TextField.class, spec -> spec.withId("import-url"));
        _setValue(title, "Kremlin: talks continue");
        _setValue(body, "Peskov said contacts will continue.");
        _setValue(url, "javascript:alert(1)");
        _click(_get(Button.class, spec -> spec.withId("import-submit")));
        assertThat(url.isInvalid()).isTrue();
        assertThat(url.getErrorMessage()).isEqualTo("The URL must be a full http:// or https:// address.");
        assertThat(title.getValue()).isEqualTo("Kremlin: talks continue");
        assertThat(body.getValue()).isEqualTo("Peskov said contacts will continue.");

        _setValue(url, "");
        _setValue(body, "");
        _click(_get(Button.class, spec -> spec.withId("import-submit")));
        assertThat(body.isInvalid()).isTrue();
        assertThat(url.isInvalid()).isFalse();
        assertThat(title.getValue()).isEqualTo("Kremlin: talks continue");
    }
}
