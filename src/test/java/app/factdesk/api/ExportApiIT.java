package app.factdesk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.factdesk.IntegrationTest;
import app.factdesk.TestUsers;
import app.factdesk.TwoWorkspaces;
import app.factdesk.security.Role;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ExportApiIT {

    @Autowired
    ApiClient api;
    @Autowired
    TwoWorkspaces fixtures;
    @Autowired
    TestUsers users;
    @Autowired
    app.factdesk.audit.AuditService audit;

    private TwoWorkspaces.Other desk;
    private long articleId;
    private String editor;
    private String editorToken;

    @BeforeEach
    void desk() {
        desk = fixtures.createOther();
        articleId = fixtures.importReference(desk);
        editor = fixtures.addMember(desk, Role.EDITOR, "Ema Editor");
        editorToken = api.tokenOf(editor);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void an_editor_downloads_the_pdf_with_a_safe_attachment_header() throws Exception {
        var response = api.get(editorToken, "/api/v1/exports/articles/" + articleId + "/report.pdf");
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"audit-report-article-" + articleId + ".pdf\"");
        assertThat(new String(response.getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");
    }

    @Test
    void the_csv_starts_with_a_byte_order_mark_unless_asked_not_to() throws Exception {
        byte[] plain = api.get(editorToken, "/api/v1/exports/audit-events.csv").getContentAsByteArray();
        assertThat(plain).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(plain, 3, 4, java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("seq,");
        byte[] without = api.get(editorToken, "/api/v1/exports/audit-events.csv?bom=false").getContentAsByteArray();
        assertThat(new String(without, 0, 4, java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("seq,");

        JsonNode job = api.read(api.post(editorToken, "/api/v1/exports/jobs", Map.of("kind", "CSV")));
        String path = "/api/v1/exports/jobs/" + job.get("id").asText();
        await().atMost(Duration.ofSeconds(30)).until(() -> "DONE".equals(api.read(api.get(editorToken, path))
                .get("status").asText()));
        assertThat(api.get(editorToken, path + "/file").getContentAsByteArray()).startsWith(0xEF, 0xBB, 0xBF);
    }

    @Test
    void without_a_token_401_and_another_workspaces_article_404() throws Exception {
        assertThat(api.get(null, "/api/v1/exports/audit-events.csv").getStatus()).isEqualTo(401);
        TwoWorkspaces.Other elsewhere = fixtures.createOther();
        assertThat(api.get(editorToken, "/api/v1/exports/articles/" + elsewhere.articleId() + "/report.json")
                .getStatus()).isEqualTo(404);
    }

    @Test
    void viewers_and_checkers_get_403_and_no_file() throws Exception {
        for (Role role : new Role[] {Role.VIEWER, Role.FACT_CHECKER}) {
            String token = api.tokenOf(fixtures.addMember(desk, role, "No Export"));
            var response = api.get(token, "/api/v1/exports/audit-events.csv");
            assertThat(response.getStatus()).isEqualTo(403);
            assertThat(response.getHeader("Content-Disposition")).isNull();
        }
    }

    @Test
    void a_range_report_is_served_with_the_same_roles_and_errors() throws Exception {
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        String range = "?from=" + today + "&to=" + today;
        var json = api.get(editorToken, "/api/v1/exports/report.json" + range);
        assertThat(json.getStatus()).isEqualTo(200);
        assertThat(json.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"audit-report-" + today + "-to-" + today + ".json\"");
        JsonNode report = api.read(json);
        assertThat(report.get("scope").asText()).isEqualTo("range");
        assertThat(report.get("articles").isArray()).isTrue();
        assertThat(report.get("auditEvents").toString()).contains("\"objectId\":\"" + articleId + "\"");
        var pdf = api.get(editorToken, "/api/v1/exports/report.pdf" + range);
        assertThat(new String(pdf.getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");

        var tooLong = api.get(editorToken, "/api/v1/exports/report.pdf?from=2020-01-01&to=2021-01-01");
        assertThat(tooLong.getStatus()).isEqualTo(422);
        assertThat(api.read(tooLong).toString()).contains("export.range-too-long");
        assertThat(tooLong.getHeader("Content-Disposition")).isNull();
        assertThat(api.get(editorToken, "/api/v1/exports/report.json?from=2021-02-01&to=2021-01-01").getStatus())
                .isEqualTo(422);
        assertThat(api.get(editorToken, "/api/v1/exports/report.json?from=" + today).getStatus()).isEqualTo(400);
        assertThat(api.get(null, "/api/v1/exports/report.json" + range).getStatus()).isEqualTo(401);
        String checker = api.tokenOf(fixtures.addMember(desk, Role.FACT_CHECKER, "No Export"));
        var refused = api.get(checker, "/api/v1/exports/report.pdf" + range);
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getHeader("Content-Disposition")).isNull();
    }

    @Test
    void a_background_export_runs_and_only_its_owner_downloads_it() throws Exception {
        JsonNode job = api.read(api.post(editorToken, "/api/v1/exports/jobs",
                Map.of("kind", "JSON", "articleId", articleId)));
        String path = "/api/v1/exports/jobs/" + job.get("id").asText();
        await().atMost(Duration.ofSeconds(30)).until(() -> "DONE".equals(api.read(api.get(editorToken, path))
                .get("status").asText()));
        var file = api.get(editorToken, path + "/file");
        assertThat(file.getStatus()).isEqualTo(200);
        assertThat(api.read(file).get("schemaVersion").asText()).isEqualTo("factdesk-report/1");

        String otherEditor = api.tokenOf(fixtures.addMember(desk, Role.EDITOR, "Other Editor"));
        assertThat(api.get(otherEditor, path).getStatus()).isEqualTo(404);
        assertThat(api.get(otherEditor, path + "/file").getStatus()).isEqualTo(404);
        JsonNode events = api.read(api.get(editorToken, "/api/v1/exports/jobs"));
        assertThat(events).hasSize(1);

        var recorded = users.as(editor, () -> audit.page(new app.factdesk.audit.AuditFilter(null, "export.", null,
                null, null, null), 0, 10));
        assertThat(recorded).extracting(e -> e.action() + " " + e.channel())
                .containsExactly("export.downloaded API", "export.created API");
    }
}
