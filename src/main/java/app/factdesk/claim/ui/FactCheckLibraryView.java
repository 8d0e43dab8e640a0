package app.factdesk.claim.ui;

import app.factdesk.claim.FactCheckLibrary;
import app.factdesk.security.Role;
import app.factdesk.shared.UserFacingException;
import app.factdesk.shared.ui.BoundedUpload;
import app.factdesk.shared.ui.ComponentTexts;
import app.factdesk.shared.ui.Formats;
import app.factdesk.shared.ui.LtrValues;
import app.factdesk.shared.ui.Toast;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Admins import published fact-checks (ClaimReview JSON-LD files, from fact-checking sites or Fact Desk's own export)
 * into the workspace's reference library, which the claim page and the new-claim dialog match against (issue 15).
 */
@Route("admin/fact-check-library")
@RolesAllowed(Role.ADMIN_NAME)
@Menu(title = "menu.fact-check-library", order = 84, icon = "vaadin:book")
public class FactCheckLibraryView extends VerticalLayout implements HasDynamicTitle {

    private final FactCheckLibrary library;
    private final Paragraph outcome = new Paragraph();
    private final Paragraph count = new Paragraph();
    private final Grid<FactCheckLibrary.Entry> entries = new Grid<>();
    private final Upload upload;

    public FactCheckLibraryView(FactCheckLibrary library) {
        this.library = library;
        upload = new Upload(new BoundedUpload(FactCheckLibrary.MAX_FILE_BYTES, this::received, this::tooLarge));
        ComponentTexts.of(upload);
        upload.setId("fact-check-upload");
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".json", ".jsonld", "application/json", "application/ld+json");
        outcome.setId("fact-check-outcome");
        outcome.getElement().setAttribute("role", "status");
        count.setId("fact-check-count");
        entries.setId("fact-check-entries");
        entries.setAllRowsVisible(true);
        entries.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        entries.addColumn(FactCheckLibrary.Entry::claimReviewed).setHeader(getTranslation("fact-check.claim"))
                .setFlexGrow(3);
        entries.addColumn(FactCheckLibrary.Entry::rating).setHeader(getTranslation("fact-check.rating"));
        entries.addColumn(FactCheckLibrary.Entry::publisher).setHeader(getTranslation("fact-check.publisher"));
        entries.addColumn(e -> Formats.date(e.published(), getLocale()))
                .setHeader(getTranslation("fact-check.published")).setAutoWidth(true);
        LtrValues.column(entries.addColumn(FactCheckLibrary.Entry::url).setHeader(getTranslation("fact-check.url"))
                .setFlexGrow(2));
        add(new H1(getTranslation("fact-check.title")), new Paragraph(getTranslation("fact-check.intro")), upload,
                outcome, new H2(getTranslation("fact-check.latest")), count, entries);
        refresh();
    }

    void received(String fileName, byte[] bytes) {
        upload.clearFileList();
        try {
            FactCheckLibrary.Imported imported = library.importFile(fileName, bytes);
            show(true, getTranslation("fact-check.imported", imported.reviews(), imported.added()));
            Toast.done(getTranslation("fact-check.imported", imported.reviews(), imported.added()));
            refresh();
        } catch (UserFacingException refused) {
            show(false, getTranslation("fact-check.import.refused", getTranslation(refused.messageKey(),
                    refused.arguments())));
        }
    }

    private void tooLarge() {
        upload.clearFileList(); // the next file may be picked at once
        show(false, getTranslation("fact-check.import.refused", getTranslation("fact-check.import.too-large",
                FactCheckLibrary.MAX_FILE_BYTES / (1024 * 1024))));
    }

    private void show(boolean ok, String text) {
        outcome.setText(text);
        outcome.getElement().getThemeList().clear();
        outcome.getElement().getThemeList().add(ok ? "badge success" : "badge error");
    }

    private void refresh() {
        count.setText(getTranslation("fact-check.count", library.count()));
        entries.setItems(library.latest(50));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("fact-check.title");
    }
}
