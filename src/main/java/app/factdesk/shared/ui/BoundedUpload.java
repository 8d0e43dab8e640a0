package app.factdesk.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;

/**
 * Receives an upload into memory, never more than {@code maxBytes}: the limit is enforced by the server while the
 * bytes stream in (not only by the browser), and an oversized file is dropped whole. Results reach the UI through
 * {@link UI#access}, so the callbacks may touch components.
 */
public class BoundedUpload implements UploadHandler {

    /** What to do with a received file. */
    public interface Receiver {
        void received(String fileName, byte[] bytes);
    }

    private final long maxBytes;
    private final Receiver onReceived;
    private final Runnable onTooLarge;

    public BoundedUpload(long maxBytes, Receiver onReceived, Runnable onTooLarge) {
        this.maxBytes = maxBytes;
        this.onReceived = onReceived;
        this.onTooLarge = onTooLarge;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        byte[] bytes;
        try (InputStream in = event.getInputStream()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        UI ui = event.getUI();
        String name = event.getFileName();
        if (bytes.length > maxBytes) {
            ui.access(onTooLarge::run);
        } else {
            ui.access(() -> onReceived.received(name, bytes));
        }
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes + 1;
    }

    @Override
    public long getRequestSizeMax() {
        return maxBytes + 64 * 1024;
    }
}
