package app.factdesk.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** A plain page for a refused or missing address, with a way back; never a stack trace. */
abstract class ErrorPage extends VerticalLayout {

    ErrorPage() {
        addClassName("error-page");
        setAlignItems(Alignment.CENTER);
    }

    void show(String titleKey, String textKey) {
        removeAll();
        H1 title = new H1(getTranslation(titleKey));
        title.setId("error-title");
        add(title, new Paragraph(getTranslation(textKey)), new Anchor("", getTranslation("error.back-home")));
    }
}
