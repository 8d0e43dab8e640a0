package app.factdesk.verdict.ui;

import app.factdesk.shared.RequestLimits;
import app.factdesk.shared.ui.BoundedUpload;
import app.factdesk.shared.ui.TextGuard;
import app.factdesk.shared.ui.UploadLimit;
import app.factdesk.verdict.AddSource;
import app.factdesk.verdict.EvidenceUpload;
import app.factdesk.verdict.SourceType;
import app.factdesk.verdict.Stance;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.util.List;

/** The fields of a new source and its optional file; fires {@link AddEvent}, the panel calls the service. */
class SourceForm extends FormLayout {

    /** The user asked to add this source. */
    static class AddEvent extends ComponentEvent<SourceForm> {
        final AddSource command;
        final EvidenceUpload file;

        AddEvent(SourceForm form, AddSource command, EvidenceUpload file) {
            super(form, false);
            this.command = command;
            this.file = file;
        }
    }

    final TextField url = new TextField();
    final TextField title = new TextField();
    final TextField publisher = new TextField();
    final Select<SourceType> type = new Select<>();
    final TextArea excerpt = new TextArea();
    final DatePicker accessed = app.factdesk.shared.ui.ComponentTexts.of(new DatePicker(LocalDate.now()));
    final Select<Stance> stance = new Select<>();
    final Select<Integer> reliability = new Select<>();
    private final Paragraph fileState = new Paragraph();
    private final long claimId;
    private EvidenceUpload file;
    private UploadLimit uploadLimit;

    SourceForm(long claimId, long maxBytes) {
        this.claimId = claimId;
        url.setLabel(getTranslation("sources.url"));
        url.setId("source-url");
        url.getElement().setAttribute("dir", "ltr");
        title.setLabel(getTranslation("sources.field-title"));
        title.setId("source-title");
        publisher.setLabel(getTranslation("sources.publisher"));
        type.setLabel(getTranslation("sources.type"));
        type.setItems(SourceType.values());
        type.setItemLabelGenerator(t -> getTranslation("source.type." + t));
        type.setValue(SourceType.NEWS_REPORT);
        excerpt.setLabel(getTranslation("sources.excerpt"));
        excerpt.getElement().setAttribute("dir", "auto");
        accessed.setLabel(getTranslation("sources.accessed"));
        stance.setLabel(getTranslation("sources.stance"));
        stance.setItems(Stance.values());
        stance.setItemLabelGenerator(s -> getTranslation("source.stance." + s));
        stance.setValue(Stance.CONTEXT);
        reliability.setLabel(getTranslation("sources.reliability"));
        reliability.setItems(List.of(1, 2, 3, 4, 5));
        reliability.setItemLabelGenerator(r -> getTranslation("source.reliability." + r));
        reliability.setValue(3);
        String megabytes = RequestLimits.megabytes(maxBytes);
        Upload upload = new Upload(new BoundedUpload(maxBytes, (name, bytes) -> {
            file = new EvidenceUpload(name, bytes);
            fileState.setText(getTranslation("sources.file-ready", name));
        }, () -> {
            uploadLimit.markFailed();
            showFileProblem(getTranslation("evidence.file-too-large", megabytes));
        }));
        app.factdesk.shared.ui.ComponentTexts.of(upload);
        upload.setId("source-upload");
        upload.setMaxFiles(1);
        uploadLimit = UploadLimit.apply(upload, maxBytes, this::showFileProblem);
        upload.addFileRemovedListener(removed -> clearFile());
        fileState.setId("source-file-state");
        Button add = new Button(getTranslation("sources.add"), click -> submit());
        add.setId("source-add");
        add(url, title, publisher, type, accessed, stance, reliability, excerpt,
                new Paragraph(getTranslation("sources.file", megabytes)), upload, fileState, add);
        setColspan(excerpt, 2);
    }

    private void submit() {
        if (uploadLimit.blocksSubmit()) {
            showFileProblem(getTranslation("upload.not-ready"));
            return;
        }
        url.setInvalid(false);
        accessed.setInvalid(false);
        if (!TextGuard.accepts(url, title, publisher, excerpt)) {
            return;
        }
        fireEvent(new AddEvent(this, new AddSource(claimId, url.getValue(), title.getValue(), publisher.getValue(),
                type.getValue(), excerpt.getValue(), accessed.getValue(), stance.getValue(),
                reliability.getValue() == null ? 0 : reliability.getValue()), file));
    }

    private void showFileProblem(String message) {
        file = null;
        fileState.setText(message);
        fileState.addClassName("form-problem");
    }

    /**
     * Shows why the service refused the source next to the field it concerns, keeping everything typed; returns
     * false when the refusal concerns no field of this form (the panel then says it in a message).
     */
    boolean showRefusal(String messageKey, String message) {
        if (messageKey.startsWith("source.url") || messageKey.equals("source.duplicate-url")) {
            url.setErrorMessage(message);
            url.setInvalid(true);
            return true;
        }
        if (messageKey.equals("source.accessed-in-future")) {
            accessed.setErrorMessage(message);
            accessed.setInvalid(true);
            return true;
        }
        if (messageKey.startsWith("evidence.")) {
            fileState.setText(message);
            fileState.addClassName("form-problem");
            return true;
        }
        return false;
    }

    /** Used by tests and the panel: the file to send with the next add, as if uploaded. */
    void setFile(EvidenceUpload upload) {
        this.file = upload;
    }

    void clear() {
        url.clear();
        title.clear();
        publisher.clear();
        excerpt.clear();
        clearFile();
    }

    private void clearFile() {
        file = null;
        fileState.setText("");
        fileState.removeClassName("form-problem");
        uploadLimit.reset();
    }

    Registration addAddListener(com.vaadin.flow.component.ComponentEventListener<AddEvent> listener) {
        return addListener(AddEvent.class, listener);
    }

    long claimId() {
        return claimId;
    }
}
