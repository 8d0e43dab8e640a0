package app.factdesk.discussion.ui;

import app.factdesk.discussion.CommentRow;
import app.factdesk.discussion.CommentService;
import app.factdesk.shared.ui.TextGuard;
import app.factdesk.workspace.MemberEntry;
import app.factdesk.workspace.WorkspaceService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The discussion of one claim: comments shown as plain text, a box to post one, and a member picker that inserts an
 * {@code @username} mention. Embeddable in any claim screen: give it the claim id and the services.
 */
public class CommentsPanel extends VerticalLayout {


    private final long claimId;
    private final CommentService comments;
    private final Div list = new Div();
    private final TextArea draft = new TextArea();

    public CommentsPanel(long claimId, CommentService comments, WorkspaceService workspaces) {
        this.claimId = claimId;
        this.comments = comments;
        setId("comments-panel");
        setPadding(false);
        list.setId("comments-list");
        draft.setId("comment-draft");
        draft.setLabel(getTranslation("comments.new"));
        draft.setMaxLength(5000);
        draft.setWidthFull();
        draft.getElement().setAttribute("dir", "auto");
        ComboBox<MemberEntry> mention = new ComboBox<>(getTranslation("comments.mention"));
        mention.setId("comment-mention");
        mention.setItems(workspaces.memberDirectory());
        mention.setItemLabelGenerator(m -> m.displayName() + " (@" + m.username() + ")");
        mention.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                String text = draft.getValue();
                draft.setValue(text + (text.isEmpty() || text.endsWith(" ") ? "" : " ") + "@"
                        + change.getValue().username() + " ");
                mention.clear();
            }
        });
        Button post = new Button(getTranslation("comments.post"), click -> {
            if (!TextGuard.accepts(draft)) {
                return;
            }
            try {
                comments.add(claimId, draft.getValue());
            } catch (app.factdesk.shared.UserFacingException refused) {
                // Said at the field; the draft stays as typed.
                draft.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
                draft.setInvalid(true);
                return;
            }
            draft.clear();
            draft.setInvalid(false);
            refresh();
        });
        post.setId("comment-post");
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout actions = new HorizontalLayout(mention, post);
        actions.setAlignItems(Alignment.BASELINE);
        add(new H2(getTranslation("comments.title")), list, draft, actions);
        refresh();
    }

    /** Re-reads the comments. */
    public void refresh() {
        list.removeAll();
        List<CommentRow> rows = comments.ofClaim(claimId);
        if (rows.isEmpty()) {
            list.add(new Paragraph(getTranslation("comments.none")));
        }
        rows.forEach(row -> list.add(item(row)));
    }

    private Component item(CommentRow row) {
        Span meta = new Span(row.authorName() + " · " + app.factdesk.shared.ui.Formats.dateTime(row.createdAt(), getLocale())
                + (row.editedAt() == null ? "" : " " + getTranslation("comments.edited")));
        meta.addClassName("comment-meta");
        Paragraph text = new Paragraph(row.body());
        text.getElement().setAttribute("dir", "auto");
        text.getStyle().set("white-space", "pre-wrap");
        text.addClassName("comment-body");
        Div box = new Div(meta, text);
        box.addClassName("comment");
        box.setId("comment-" + row.id());
        if (row.changeable()) {
            box.add(editButton(row, box), deleteButton(row));
        }
        return box;
    }

    private Button editButton(CommentRow row, Div box) {
        Button edit = new Button(getTranslation("comments.edit"), click -> {
            TextArea area = new TextArea();
            area.setId("comment-edit-" + row.id());
            area.setMaxLength(5000);
            area.setWidthFull();
            area.setValue(row.body());
            Button save = new Button(getTranslation("comments.save"), saved -> {
                if (!TextGuard.accepts(area)) {
                    return;
                }
                comments.edit(row.id(), row.version(), area.getValue());
                refresh();
            });
            save.setId("comment-save-" + row.id());
            box.removeAll();
            box.add(area, save);
        });
        edit.setId("comment-edit-button-" + row.id());
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return edit;
    }

    private Button deleteButton(CommentRow row) {
        Button delete = new Button(getTranslation("comments.delete"), click -> {
            comments.delete(row.id());
            refresh();
        });
        delete.setId("comment-delete-" + row.id());
        delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return delete;
    }
}
