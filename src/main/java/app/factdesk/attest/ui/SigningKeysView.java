package app.factdesk.attest.ui;

import app.factdesk.attest.AttestationService;
import app.factdesk.attest.verify.PublishedKey;
import app.factdesk.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Admins see the installation's signing keys with their fingerprints and validity, and rotate the current one. */
@Route("admin/signing-keys")
@RolesAllowed(Role.ADMIN_NAME)
@Menu(title = "menu.signing-keys", order = 85, icon = "vaadin:key")
public class SigningKeysView extends VerticalLayout implements HasDynamicTitle {

    private final AttestationService attestation;
    private final Grid<PublishedKey> grid = new Grid<>();

    public SigningKeysView(AttestationService attestation) {
        this.attestation = attestation;
        grid.setId("signing-keys-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(PublishedKey::keyId).setHeader(getTranslation("keys.id")).setAutoWidth(true);
        grid.addColumn(PublishedKey::fingerprint).setHeader(getTranslation("keys.fingerprint")).setFlexGrow(3);
        grid.addColumn(k -> k.validFrom().toString()).setHeader(getTranslation("keys.valid-from")).setAutoWidth(true);
        grid.addColumn(k -> k.validUntil() == null ? getTranslation("keys.current") : k.validUntil().toString())
                .setHeader(getTranslation("keys.valid-until")).setAutoWidth(true);
        Button rotate = new Button(getTranslation("keys.rotate"), click -> confirmRotation());
        rotate.setId("rotate-key");
        rotate.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(new H1(getTranslation("keys.title")), new Paragraph(getTranslation("keys.intro")),
                new Anchor("/.well-known/factdesk-keys.json", "/.well-known/factdesk-keys.json"), grid, rotate);
        refresh();
    }

    private void confirmRotation() {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("keys.rotate"), getTranslation("keys.rotate-confirm"),
                getTranslation("keys.rotate"), confirmed -> rotate());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("keys.cancel"));
        dialog.open();
    }

    void rotate() {
        PublishedKey key = attestation.rotateKey();
        Notification.show(getTranslation("keys.rotated", key.keyId()));
        refresh();
    }

    private void refresh() {
        grid.setItems(attestation.publishedKeys().keys());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("keys.title");
    }
}
