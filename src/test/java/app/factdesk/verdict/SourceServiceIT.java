package app.factdesk.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.factdesk.IntegrationTest;
import app.factdesk.TestUsers;
import app.factdesk.security.Role;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class SourceServiceIT {

    private static final byte[] PDF = "%PDF-1.4\n% readout\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    VerdictDesk desks;
    @Autowired
    SourceService sources;
    @Autowired
    TestUsers users;
    @Autowired
    app.factdesk.OwnerDatabase ownerDatabase;
    @Autowired
    app.factdesk.TwoWorkspaces fixtures;

    private VerdictDesk.Desk desk;

    @BeforeEach
    void freshDesk() {
        desk = desks.create();
        users.signIn(desk.checker());
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private void assertRefusedAndNothingStored(String fileName, byte[] bytes, String messageKey) {
        long files = ownerDatabase.jdbc().queryForObject("select count(*) from evidence_file", Long.class);
        assertThatThrownBy(() -> sources.add(VerdictDesk.source(desk.claimId(), "https://example.org/" + fileName),
                new EvidenceUpload(fileName, bytes))).hasMessage(messageKey);
        assertThat(ownerDatabase.jdbc().queryForObject("select count(*) from source where claim_id = ?", Long.class, desk.claimId()))
                .isZero();
        assertThat(ownerDatabase.jdbc().queryForObject("select count(*) from evidence_file", Long.class)).isEqualTo(files);
    }

    @Test
    void a_file_of_20_mb_and_one_byte_is_refused_and_nothing_is_stored() {
        byte[] bytes = Arrays.copyOf(PDF, 20 * 1024 * 1024 + 1);
        assertRefusedAndNothingStored("big.pdf", bytes, "evidence.file-too-large");
    }

    @Test
    void an_html_page_named_pdf_is_refused_and_nothing_is_stored() {
        assertRefusedAndNothingStored("readout.pdf",
                "<!doctype html><html><body>Readout</body></html>".getBytes(StandardCharsets.UTF_8),
                "evidence.file-mismatch");
    }

    @Test
    void a_path_as_file_name_is_refused_and_nothing_is_stored() {
        assertRefusedAndNothingStored("../../etc/passwd", "root:x:0:0:root:/root:/bin/bash\n"
                .getBytes(StandardCharsets.UTF_8), "evidence.file-name");
    }

    @Test
    void an_empty_file_is_refused_and_nothing_is_stored() {
        assertRefusedAndNothingStored("empty.txt", new byte[0], "evidence.file-empty");
    }

    @Test
    void a_pdf_is_stored_with_its_sha_256_and_comes_back_with_its_name() {
        SourceRow row = sources.add(VerdictDesk.source(desk.claimId(), "https://en.kremlin.ru/events/67000"),
                new EvidenceUpload("بيان الكرملين.pdf", PDF));
        assertThat(row.fileSha256()).isEqualTo(EvidenceFiles.sha256(PDF));
        assertThat(row.fileMediaType()).isEqualTo("application/pdf");
        assertThat(row.addedByName()).isEqualTo("Fatima Checker");
        EvidenceDownload file = sources.download(row.id()).orElseThrow();
        assertThat(file.bytes()).isEqualTo(PDF);
        assertThat(file.fileName()).isEqualTo("بيان الكرملين.pdf");
    }

    @Test
    void the_same_normalized_url_twice_on_one_claim_is_refused() {
        sources.add(VerdictDesk.source(desk.claimId(), "https://en.kremlin.ru/events/67000"), null);
        assertThatThrownBy(() -> sources.add(VerdictDesk.source(desk.claimId(),
                "HTTPS://EN.Kremlin.ru:443/events/67000#transcript"), null)).hasMessage("source.duplicate-url");
        assertThat(sources.ofClaim(desk.claimId())).hasSize(1);
    }

    @Test
    void a_viewer_may_read_sources_but_not_add_them() {
        sources.add(VerdictDesk.source(desk.claimId(), "https://en.kremlin.ru/events/67000"), null);
        users.signIn(fixtures.addMember(desk.other(), Role.VIEWER, "Vera Viewer"));
        assertThat(sources.ofClaim(desk.claimId())).hasSize(1);
        assertThatThrownBy(() -> sources.add(VerdictDesk.source(desk.claimId(), "https://example.org/x"), null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void another_workspace_neither_sees_nor_downloads_nor_adds_to_the_claims_sources() {
        long id = sources.add(VerdictDesk.source(desk.claimId(), "https://en.kremlin.ru/events/67000"),
                new EvidenceUpload("readout.pdf", PDF)).id();
        users.signIn(TestUsers.ADMIN);
        assertThat(sources.ofClaim(desk.claimId())).isEmpty();
        assertThat(sources.download(id)).isEmpty();
        assertThatThrownBy(() -> sources.add(VerdictDesk.source(desk.claimId(), "https://example.org/y"), null))
                .hasMessage("claim.not-found");
    }
}
