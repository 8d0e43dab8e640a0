package app.factdesk.report.ui;

import app.factdesk.article.ArticleService;
import app.factdesk.report.ExportJobRow;
import app.factdesk.report.ExportJobService;
import app.factdesk.report.ExportStatus;
import app.factdesk.report.ReportSettingsService;
import app.factdesk.security.Role;
import app.factdesk.shared.UserFacingException;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Exports for editors and admins: start one, watch its progress (the page polls every second while one runs), and
 * download it now or after coming back later. Admins also set the ClaimReview publisher here.
 */
@Route("exports")
@RolesAllowed(Role.EDITOR_NAME)
@Menu(title = "menu.exports", order = 75, icon = "vaadin:download")
public class ExportsView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final ExportJobService jobs;
    private final Grid<ExportJobRow> grid = new Grid<>();
    private Registration polling;

    public ExportsView(ExportJobService jobs, ArticleService articles, ReportSettingsService settings,
            AuthenticationContext authentication) {
        this.jobs = jobs;
        Object[] errorArguments = jobs.errorArguments();
        ExportForm form = new ExportForm(articles.list(0, 500));
        form.addStartListener(event -> start(() -> jobs.submit(event.request())));
        grid.setId("exports-grid");
        app.factdesk.shared.ui.LtrValues.column(grid.addColumn(ExportJobRow::fileName)).setHeader(getTranslation("export.column.file"))
                .setWidth("14rem").setKey("file");
        grid.addColumn(row -> TIME.format(row.createdAt())).setHeader(getTranslation("export.column.started"));
        grid.addColumn(row -> getTranslation("export.status." + row.status().name().toLowerCase())
                + (row.error() == null ? "" : ": " + getTranslation(row.error(), errorArguments)))
                .setHeader(getTranslation("export.column.status")).setKey("status");
        grid.addComponentColumn(this::progress).setHeader(getTranslation("export.column.progress"));
        grid.addComponentColumn(this::download).setHeader(getTranslation("export.column.download")).setKey("download");
        grid.setAllRowsVisible(true);
        add(new H1(getTranslation("export.title")));
        boolean admin = authentication.hasRole(Role.ADMIN_NAME);
        if (settings.settings().isEmpty()) {
            // Said up front, not only after a ClaimReview export fails; admins get a link to the setting below.
            com.vaadin.flow.component.html.Paragraph notice = new com.vaadin.flow.component.html.Paragraph(
                    getTranslation("export.settings-missing") + " ");
            notice.setId("export-publisher-needed");
            notice.addClassName("form-hint");
            if (admin) {
                com.vaadin.flow.component.html.Anchor link = new com.vaadin.flow.component.html.Anchor(
                        "#report-settings-title", getTranslation("export.settings.set-now"));
                link.setId("export-publisher-link");
                notice.add(link);
            }
            add(notice);
        }
        add(form, grid);
        if (admin) {
            ReportSettingsForm settingsForm = new ReportSettingsForm(settings.settings().orElse(null));
            settingsForm.addSaveListener(event -> start(() -> {
                settings.save(event.settings());
                app.factdesk.shared.ui.Toast.done(getTranslation("export.settings.saved"));
                getChildren().filter(c -> c.getId().filter("export-publisher-needed"::equals).isPresent())
                        .findFirst().ifPresent(this::remove);
            }));
            H2 settingsTitle = new H2(getTranslation("export.settings.title"));
            settingsTitle.setId("report-settings-title");
            add(settingsTitle, settingsForm);
        }
        refresh();
    }

    private void start(Runnable action) {
        try {
            action.run();
            refresh();
        } catch (UserFacingException refused) {
            error(getTranslation(refused.messageKey(), refused.arguments()));
        } catch (ConstraintViolationException invalid) {
            error(getTranslation("export.invalid"));
        }
    }

    private void error(String text) {
        Notification.show(text, 6000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private Component progress(ExportJobRow row) {
        ProgressBar bar = new ProgressBar(0, 1, row.progress());
        bar.getElement().setAttribute("aria-label", getTranslation("export.progress-of", row.fileName()));
        bar.setWidth("8em");
        return bar;
    }

    private Component download(ExportJobRow row) {
        if (row.status() != ExportStatus.DONE) {
            return new Span();
        }
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> jobs.download(row.id())
                .map(file -> {
                    try {
                        return new DownloadResponse(file.open(), file.fileName(), file.mediaType(), file.size());
                    } catch (java.io.IOException e) {
                        return DownloadResponse.error(500);
                    }
                }).orElse(DownloadResponse.error(404))), getTranslation("export.download"));
        link.setDownload(true);
        return link;
    }

    private void refresh() {
        var mine = jobs.mine();
        grid.setItems(mine);
        boolean running = mine.stream().anyMatch(j -> j.status() == ExportStatus.QUEUED
                || j.status() == ExportStatus.RUNNING);
        getUI().ifPresent(ui -> ui.setPollInterval(running ? 1000 : -1));
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        polling = attach.getUI().addPollListener(poll -> refresh());
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        polling.remove();
        detach.getUI().setPollInterval(-1);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("export.title");
    }
}
