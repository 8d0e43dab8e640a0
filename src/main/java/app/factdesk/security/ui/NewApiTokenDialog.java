package app.factdesk.security.ui;

import app.factdesk.security.NewApiToken;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/** Shows a new token's secret once; afterwards only its prefix can be seen. */
class NewApiTokenDialog extends Dialog {

    NewApiTokenDialog(NewApiToken created) {
        setHeaderTitle(getTranslation("token.created-title", created.token().name()));
        TextField secret = new TextField();
        secret.setId("new-token-secret");
        secret.setValue(created.secret());
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.setHelperText(getTranslation("token.copy-hint"));
        secret.getElement().setAttribute("dir", "ltr");
        secret.addFocusListener(focus -> secret.getElement().executeJs("this.inputElement.select()"));
        add(new Paragraph(getTranslation("token.created-text")), secret);
        // Focus lands on the secret, selected, ready to copy.
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                secret.focus();
            }
        });
        setWidth("36rem");
        getFooter().add(new Button(getTranslation("app.close"), click -> close()));
    }
}
