package app.factdesk.report;

import app.factdesk.security.CurrentUser;
import jakarta.validation.Valid;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** The current workspace's ClaimReview publisher settings: editors read them, admins change them. */
@Service
@Validated
public class ReportSettingsService {

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    ReportSettingsService(JdbcClient jdbc, CurrentUser currentUser, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.events = events;
    }

    /** The settings, or empty while an admin has not set them. */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional(readOnly = true)
    public Optional<ReportSettingsRow> settings() {
        return jdbc.sql("select organisation_name, organisation_url, publication_url_pattern from report_settings "
                + "where workspace_id = ?").param(currentUser.workspaceId())
                .query((rs, n) -> new ReportSettingsRow(rs.getString(1), rs.getString(2), rs.getString(3)))
                .optional();
    }

    /**
     * Saves the settings (admins only) and records {@code report_settings.changed}. Saves of one workspace are
     * serialized; the last one wins, and the audit log shows each one's exact before and after.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ReportSettingsRow save(@Valid ReportSettingsRow settings) {
        long workspaceId = currentUser.workspaceId();
        // One save per workspace at a time, so the audited "before" is exactly what this save replaced.
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended('report_settings', ?))").param(workspaceId)
                .query().singleRow();
        ReportSettingsRow before = settings().orElse(null);
        jdbc.sql("""
                insert into report_settings (workspace_id, organisation_name, organisation_url, publication_url_pattern)
                values (?, ?, ?, ?)
                on conflict (workspace_id) do update set organisation_name = excluded.organisation_name,
                    organisation_url = excluded.organisation_url,
                    publication_url_pattern = excluded.publication_url_pattern,
                    version = report_settings.version + 1
                """).params(workspaceId, settings.organisationName().strip(), settings.organisationUrl().strip(),
                settings.publicationUrlPattern().strip()).update();
        events.publishEvent(new ReportSettingsChanged(workspaceId, before, settings));
        return settings;
    }
}
