package app.factdesk.attest.ui;

import app.factdesk.attest.AttestationService;
import app.factdesk.attest.verify.Verdict;
import app.factdesk.shared.ui.BoundedUpload;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Anyone, signed in or not, drops an exported report here and reads the verifier's verdict, checked against this
 * desk's published keys. The file is held in memory for the check only; nothing is stored.
 */
@Route(value = "verify", autoLayout = false)
@AnonymousAllowed
public class VerifyView extends VerticalLayout implements HasDynamicTitle {

    static final long MAX_BYTES = 64L * 1024 * 1024;

    private final AttestationService attestation;
    private final Div verdict = new Div();
    private final Paragraph detail = new Paragraph();
    private final Paragraph checkpointState = new Paragraph();
    /** The last report and the checkpoint given on this page, held only in this view while it is open. */
    private byte[] report;
    private String reportName;
    private byte[] checkpoint;
    private final Upload checkpointUpload;

    public VerifyView(AttestationService attestation) {
        getElement().setAttribute("role", "main"); // no app shell here: the view is the main landmark
        this.attestation = attestation;
        addClassName("verify-view");
        setMaxWidth("60rem");
        Upload upload = new Upload(new BoundedUpload(MAX_BYTES, this::received,
                () -> show("verify.too-large", String.valueOf(MAX_BYTES / (1024 * 1024)), "")));
        app.factdesk.shared.ui.ComponentTexts.of(upload);
        upload.setId("verify-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) MAX_BYTES);
        upload.setAcceptedFileTypes(".json", "application/json", ".pdf", "application/pdf");
        verdict.setId("verify-verdict");
        detail.setId("verify-detail");
        detail.getElement().setAttribute("dir", "ltr");
        checkpointUpload = new Upload(new BoundedUpload(1024 * 1024, this::checkpointReceived,
                () -> checkpointState.setText(getTranslation("verify.too-large", "1", ""))));
        app.factdesk.shared.ui.ComponentTexts.of(checkpointUpload);
        checkpointUpload.setId("verify-checkpoint-upload");
        checkpointUpload.setMaxFiles(1);
        checkpointUpload.setAcceptedFileTypes(".json", "application/json");
        checkpointState.setId("verify-checkpoint-state");
        add(new H1(getTranslation("verify.title")), new Paragraph(getTranslation("verify.intro")),
                new Anchor("/.well-known/factdesk-keys.json", getTranslation("verify.keys")), upload, verdict, detail,
                new H2(getTranslation("verify.checkpoint-title")),
                new Paragraph(getTranslation("verify.checkpoint-intro")), checkpointUpload, checkpointState);
    }

    void checkpointReceived(String fileName, byte[] bytes) {
        checkpoint = bytes;
        checkpointState.setText(getTranslation("verify.checkpoint-held", fileName));
        // Another checkpoint may follow: the list would otherwise refuse a second file.
        checkpointUpload.clearFileList();
        if (report != null) {
            received(reportName, report);
        }
    }

    void received(String fileName, byte[] bytes) {
        report = bytes;
        reportName = fileName;
        Verdict result = attestation.verify(bytes, checkpoint);
        String key = switch (result.outcome()) {
            case VALID -> "verify.valid";
            case INVALID -> "verify.invalid";
            case UNREADABLE -> "verify.unreadable";
        };
        show(key, fileName, result.text());
        verdict.getElement().setAttribute("data-outcome", result.outcome().name());
    }

    private void show(String key, String argument, String text) {
        verdict.setText(getTranslation(key, argument));
        verdict.getElement().setAttribute("data-outcome", "");
        detail.setText(text);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("verify.title");
    }
}
