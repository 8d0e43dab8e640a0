package app.factdesk.attest.ui;

import app.factdesk.shared.ui.Toast;
import app.factdesk.attest.AttestationService;
import app.factdesk.attest.CheckpointService;
import app.factdesk.security.CurrentUser;
import app.factdesk.shared.UserFacingException;
import app.factdesk.shared.ui.TextGuard;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import app.factdesk.attest.verify.PublishedKey;
import app.factdesk.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Admins see the installation's signing keys with their fingerprints and validity, and rotate the current one; sign
 * and download checkpoints of the workspace's audit chain; installation admins set the time-stamping authority.
 */
@Route("admin/signing-keys")
@RolesAllowed(Role.ADMIN_NAME)
@Menu(title = "menu.signing-keys", order = 85, icon = "vaadin:key")
public class SigningKeysView extends VerticalLayout implements HasDynamicTitle {

    private final AttestationService attestation;
    private final CheckpointService checkpoints;
    private final Grid<PublishedKey> grid = new Grid<>();
    private final Grid<CheckpointService.Checkpoint> checkpointGrid = new Grid<>();
    private final TextField tsaUrl = new TextField();

    public SigningKeysView(AttestationService attestation, CheckpointService checkpoints, CurrentUser currentUser) {
        this.attestation = attestation;
        this.checkpoints = checkpoints;
        grid.setId("signing-keys-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(PublishedKey::keyId).setHeader(getTranslation("keys.id")).setAutoWidth(true);
        grid.addColumn(PublishedKey::fingerprint).setHeader(getTranslation("keys.fingerprint")).setFlexGrow(3);
        grid.addColumn(k -> app.factdesk.shared.ui.Formats.dateTime(k.validFrom(), getLocale())).setHeader(getTranslation("keys.valid-from")).setAutoWidth(true);
        grid.addColumn(k -> k.validUntil() == null ? getTranslation("keys.current") : app.factdesk.shared.ui.Formats.dateTime(k.validUntil(), getLocale()))
                .setHeader(getTranslation("keys.valid-until")).setAutoWidth(true);
        Button rotate = new Button(getTranslation("keys.rotate"), click -> confirmRotation());
        rotate.setId("rotate-key");
        rotate.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(new H1(getTranslation("keys.title")), new Paragraph(getTranslation("keys.intro")),
                new Anchor("/.well-known/factdesk-keys.json", "/.well-known/factdesk-keys.json"), grid, rotate);

        checkpointGrid.setId("checkpoints-grid");
        checkpointGrid.setAllRowsVisible(true);
        checkpointGrid.addColumn(c -> app.factdesk.shared.ui.Formats.dateTime(c.signedAt(), getLocale())).setHeader(getTranslation("checkpoints.signed-at"))
                .setAutoWidth(true);
        checkpointGrid.addColumn(CheckpointService.Checkpoint::eventCount)
                .setHeader(getTranslation("checkpoints.events")).setAutoWidth(true);
        checkpointGrid.addColumn(CheckpointService.Checkpoint::headHash).setHeader(getTranslation("checkpoints.head"))
                .setFlexGrow(3);
        checkpointGrid.addColumn(c -> getTranslation(c.requestedBy() == null ? "checkpoints.daily"
                : "checkpoints.on-demand")).setHeader(getTranslation("checkpoints.how")).setAutoWidth(true);
        checkpointGrid.addComponentColumn(this::download).setHeader(getTranslation("checkpoints.file"))
                .setAutoWidth(true);
        Button signNow = new Button(getTranslation("checkpoints.sign-now"), click -> signCheckpoint());
        signNow.setId("sign-checkpoint");
        add(new H2(getTranslation("checkpoints.title")), new Paragraph(getTranslation("checkpoints.intro")),
                checkpointGrid, signNow);

        tsaUrl.setId("tsa-url");
        tsaUrl.setLabel(getTranslation("tsa.url"));
        tsaUrl.setHelperText(getTranslation("tsa.help"));
        tsaUrl.setWidth("min(40rem, 100%)");
        tsaUrl.setMaxLength(2000);
        tsaUrl.setValue(attestation.timestampUrl().orElse(""));
        Button saveTsa = new Button(getTranslation("tsa.save"), click -> saveTimestampUrl());
        saveTsa.setId("tsa-save");
        boolean installationAdmin = currentUser.get().map(u -> u.installationAdmin()).orElse(false);
        tsaUrl.setReadOnly(!installationAdmin);
        saveTsa.setVisible(installationAdmin);
        add(new H2(getTranslation("tsa.title")), tsaUrl, saveTsa);
        refresh();
    }

    private Component download(CheckpointService.Checkpoint checkpoint) {
        byte[] bytes = checkpoint.document().getBytes(StandardCharsets.UTF_8);
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(bytes), "checkpoint-" + checkpoint.eventCount() + ".json", "application/json",
                bytes.length)), getTranslation("checkpoints.download"));
        link.setDownload(true);
        return link;
    }

    void signCheckpoint() {
        CheckpointService.Checkpoint checkpoint = checkpoints.signNow();
        Toast.done(getTranslation("checkpoints.signed", checkpoint.eventCount()));
        refresh();
    }

    private void saveTimestampUrl() {
        if (!TextGuard.accepts(tsaUrl)) {
            return;
        }
        try {
            attestation.setTimestampUrl(tsaUrl.getValue());
            tsaUrl.setInvalid(false);
            Toast.done(getTranslation("tsa.saved"));
        } catch (UserFacingException refused) {
            tsaUrl.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
            tsaUrl.setInvalid(true);
        }
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
        Toast.done(getTranslation("keys.rotated", key.keyId()));
        refresh();
    }

    private void refresh() {
        grid.setItems(attestation.publishedKeys().keys());
        checkpointGrid.setItems(checkpoints.recent(20));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("keys.title");
    }
}
