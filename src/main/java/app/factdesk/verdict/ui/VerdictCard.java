package app.factdesk.verdict.ui;

import app.factdesk.shared.ui.TextGuard;
import app.factdesk.verdict.VerdictAction;
import app.factdesk.verdict.VerdictRow;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;

/** One verdict with its rating, rationale, sources and sign-offs, and the buttons the member may use now. */
class VerdictCard extends Div {

    /** What the buttons ask for; the owner calls the service and refreshes. */
    interface Actions {
        void approve(VerdictRow verdict);

        void giveBack(VerdictRow verdict, String reason);

        void publish(VerdictRow verdict, String correctionNote);
    }

    VerdictCard(VerdictRow verdict, Set<VerdictAction> allowed, Actions actions) {
        setId("verdict-" + verdict.id());
        addClassName("verdict-card");
        Span rating = new Span(verdict.rating().label(getLocale()));
        rating.getStyle().set("background", verdict.rating().colour()).set("color", BadgeText.on(verdict.rating().colour()))
                .set("padding", "0 .5em").set("border-radius", "4px");
        Span status = new Span(getTranslation("verdict.status." + verdict.status()));
        status.setId("verdict-status-" + verdict.id());
        HorizontalLayout header = new HorizontalLayout(rating, status);
        if (verdict.correction()) {
            header.add(new Span(getTranslation("verdicts.correction")));
        }
        Paragraph rationale = new Paragraph(verdict.rationale());
        rationale.getElement().setAttribute("dir", "auto");
        rationale.getStyle().set("white-space", "pre-wrap");
        add(header, rationale, new Div(getTranslation("verdicts.proposed-by", verdict.proposerName(),
                Notices.when(getLocale(), verdict.proposedAt()))));
        Div sources = new Div();
        verdict.sources().forEach(source -> sources.add(new SourceItem(source)));
        add(new Div(getTranslation("verdicts.sources")), sources);
        add(new Div(getTranslation("verdicts.approvals", verdict.approvals(), verdict.approvalsRequired())));
        verdict.signOffs().forEach(s -> add(new Div(getTranslation("verdicts.sign-off." + s.decision(),
                s.editorName(), Notices.when(getLocale(), s.decidedAt()), s.reason() == null ? "" : s.reason()))));
        if (verdict.publishedAt() != null) {
            add(new Div(getTranslation("verdicts.published-by", verdict.publisherName(),
                    Notices.when(getLocale(), verdict.publishedAt()))));
        }
        if (verdict.correctionNote() != null) {
            add(new Paragraph(getTranslation("verdicts.correction-note-shown", verdict.correctionNote())));
        }
        addButtons(verdict, allowed, actions);
    }

    private void addButtons(VerdictRow verdict, Set<VerdictAction> allowed, Actions actions) {
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        if (allowed.contains(VerdictAction.APPROVE)) {
            Button approve = new Button(getTranslation("verdicts.approve"), click -> actions.approve(verdict));
            approve.setId("verdict-approve-" + verdict.id());
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            approve.setDisableOnClick(true);
            buttons.add(approve);
        }
        if (allowed.contains(VerdictAction.RETURN)) {
            TextField reason = new TextField(getTranslation("verdicts.return-reason"));
            reason.setId("verdict-return-reason-" + verdict.id());
            reason.setMaxLength(2000);
            reason.getElement().setAttribute("dir", "auto");
            Button giveBack = new Button(getTranslation("verdicts.return"),
                    click -> {
                        if (TextGuard.accepts(reason)) {
                            actions.giveBack(verdict, reason.getValue());
                        }
                    });
            giveBack.setId("verdict-return-" + verdict.id());
            buttons.add(reason, giveBack);
        }
        if (allowed.contains(VerdictAction.PUBLISH)) {
            TextField note = new TextField(getTranslation("verdicts.correction-note"));
            note.setId("verdict-correction-note-" + verdict.id());
            note.setVisible(verdict.correction());
            Button publish = new Button(getTranslation("verdicts.publish"),
                    click -> actions.publish(verdict, note.getValue()));
            publish.setId("verdict-publish-" + verdict.id());
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            buttons.add(note, publish);
        }
        if (buttons.getComponentCount() > 0) {
            add(buttons);
        }
    }
}
