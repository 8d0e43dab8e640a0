package app.factdesk.shared.ui;

import app.factdesk.shared.RequestLimits;
import com.vaadin.flow.component.upload.Upload;
import java.util.function.Consumer;

/**
 * Puts a size limit on an upload widget and reports, in the user's language and naming the limit, every way a file
 * can fail to arrive: refused by the browser before sending (too large, wrong type), or failed while sending (the
 * server or the network refused it). Tracks whether a file is still on its way or failed, so a form never treats
 * a failed upload as a file.
 */
public final class UploadLimit {

    private final Upload upload;
    private boolean sending;
    private boolean failed;

    private UploadLimit(Upload upload) {
        this.upload = upload;
    }

    /** Limits {@code upload} to {@code maxBytes}; {@code problem} receives each translated failure message. */
    public static UploadLimit apply(Upload upload, long maxBytes, Consumer<String> problem) {
        UploadLimit limit = new UploadLimit(upload);
        String megabytes = RequestLimits.megabytes(maxBytes);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.addFileRejectedListener(rejected -> {
            limit.failed = true;
            boolean tooLarge = rejected.getErrorMessage() != null
                    && rejected.getErrorMessage().toLowerCase(java.util.Locale.ROOT).contains("big");
            problem.accept(tooLarge ? upload.getTranslation("upload.too-large", rejected.getFileName(), megabytes)
                    : rejected.getErrorMessage());
        });
        upload.getElement().addEventListener("upload-start", start -> {
            limit.sending = true;
            limit.failed = false;
        });
        upload.getElement().addEventListener("upload-success", success -> limit.sending = false);
        upload.getElement().addEventListener("upload-error", error -> {
            limit.sending = false;
            limit.failed = true;
            problem.accept(upload.getTranslation("upload.failed", error.getEventData().getString("event.detail.file.name")));
        }).addEventData("event.detail.file.name");
        upload.addFileRemovedListener(removed -> limit.reset());
        return limit;
    }

    /** The server refused the file after receiving it (e.g. over the limit). */
    public void markFailed() {
        failed = true;
    }

    /** Whether the last file failed or is still being sent: a form must not go on as if it had arrived. */
    public boolean blocksSubmit() {
        return sending || failed;
    }

    public void reset() {
        sending = false;
        failed = false;
    }

    public Upload upload() {
        return upload;
    }
}
