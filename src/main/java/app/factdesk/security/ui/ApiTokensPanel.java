package app.factdesk.security.ui;

import app.factdesk.shared.ui.Toast;
import app.factdesk.security.ApiTokenRow;
import app.factdesk.security.ApiTokenService;
import app.factdesk.security.NewApiToken;
import app.factdesk.shared.UserFacingException;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** The signed-in user's API tokens for the current workspace: create one (its secret shown once), list, revoke. */
class ApiTokensPanel extends Composite<VerticalLayout> {

    private final ApiTokenService tokens;
    private final TextField name = new TextField();
    private final Grid<ApiTokenRow> grid = new Grid<>();
    private final Paragraph none = new Paragraph();

    ApiTokensPanel(ApiTokenService tokens, String workspaceName) {
        this.tokens = tokens;
        name.setId("token-name");
        name.setLabel(getTranslation("token.name"));
        name.setHelperText(getTranslation("token.name-hint"));
        name.setMaxLength(200);
        name.setWidth("20rem");
        Button create = new Button(getTranslation("token.create"), click -> create());
        create.setId("create-token");
        HorizontalLayout form = new HorizontalLayout(name, create);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.setId("api-tokens");
        grid.addColumn(ApiTokenRow::name).setHeader(getTranslation("token.column.name")).setFlexGrow(2);
        grid.addColumn(ApiTokenRow::prefix).setHeader(getTranslation("token.column.prefix"));
        grid.addColumn(t -> app.factdesk.shared.ui.Formats.dateTime(t.createdAt(), getLocale())).setHeader(getTranslation("token.column.created"));
        grid.addColumn(t -> lastUsed(t.lastUsedAt())).setHeader(getTranslation("token.column.last-used"));
        grid.addComponentColumn(this::revokeButton).setKey("revoke").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        none.setText(getTranslation("token.none"));

        getContent().setPadding(false);
        getContent().add(new H2(getTranslation("token.title")),
                new Paragraph(getTranslation("token.intro", workspaceName)), form, none, grid);
        refresh();
    }

    private void create() {
        try {
            NewApiToken created = tokens.create(name.getValue());
            name.clear();
            name.setInvalid(false);
            refresh();
            new NewApiTokenDialog(created).open();
        } catch (UserFacingException refused) {
            name.setInvalid(true);
            name.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
        }
    }

    private Button revokeButton(ApiTokenRow token) {
        Button revoke = new Button(getTranslation("token.revoke"), click -> {
            tokens.revoke(token.id());
            refresh();
            Toast.done(getTranslation("token.revoked", token.name()));
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        return revoke;
    }

    private String lastUsed(Instant at) {
        return at == null ? getTranslation("token.never-used") : app.factdesk.shared.ui.Formats.dateTime(at, getLocale());
    }

    private void refresh() {
        var mine = tokens.mine();
        grid.setItems(mine);
        grid.setVisible(!mine.isEmpty());
        none.setVisible(mine.isEmpty());
    }
}
