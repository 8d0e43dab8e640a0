package app.factdesk.workspace.ui;

import app.factdesk.security.NewAccount;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** Shows a new member's one-time password once; it is not stored in clear anywhere. */
class OneTimePasswordDialog extends Dialog {

    OneTimePasswordDialog(NewAccount created) {
        setHeaderTitle(getTranslation("members.created-title", created.account().username()));
        Span password = new Span(created.initialPassword());
        password.setId("one-time-password");
        password.addClassName("one-time-password");
        password.getElement().setAttribute("dir", "ltr");
        add(new Paragraph(getTranslation("members.created-text")), password);
        getFooter().add(new Button(getTranslation("app.close"), click -> close()));
    }
}
