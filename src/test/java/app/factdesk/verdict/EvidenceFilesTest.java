package app.factdesk.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EvidenceFilesTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] HTML = "<!DOCTYPE html><html><body><p>Readout</p></body></html>".getBytes(StandardCharsets.UTF_8);

    @Test
    void kinds_are_recognized_by_their_first_bytes() {
        assertThat(EvidenceFiles.detect(PDF)).isEqualTo(EvidenceKind.PDF);
        assertThat(EvidenceFiles.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0}))
                .isEqualTo(EvidenceKind.PNG);
        assertThat(EvidenceFiles.detect(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0}))
                .isEqualTo(EvidenceKind.JPEG);
        assertThat(EvidenceFiles.detect(HTML)).isEqualTo(EvidenceKind.HTML);
        assertThat(EvidenceFiles.detect("قال المتحدث باسم الكرملين".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(EvidenceKind.TEXT);
    }

    @Test
    void an_html_page_named_pdf_is_refused() {
        EvidenceKind kind = EvidenceFiles.detect(HTML);
        assertThatThrownBy(() -> EvidenceFiles.requireMatchingName("readout.pdf", kind))
                .hasMessage("evidence.file-mismatch");
    }

    @Test
    void a_name_without_extension_or_with_the_right_one_is_accepted() {
        EvidenceFiles.requireMatchingName("readout.PDF", EvidenceKind.PDF);
        EvidenceFiles.requireMatchingName("readout", EvidenceKind.HTML);
        EvidenceFiles.requireMatchingName("photo.jpeg", EvidenceKind.JPEG);
    }

    @Test
    void an_empty_file_is_refused() {
        assertThatThrownBy(() -> EvidenceFiles.detect(new byte[0])).hasMessage("evidence.file-empty");
    }

    @Test
    void binary_that_is_no_supported_kind_is_refused() {
        assertThatThrownBy(() -> EvidenceFiles.detect(new byte[] {'P', 'K', 3, 4, 0, 0}))
                .hasMessage("evidence.file-type");
        assertThatThrownBy(() -> EvidenceFiles.detect(new byte[] {(byte) 0xc3, (byte) 0x28}))
                .hasMessage("evidence.file-type");
    }

    @Test
    void names_that_are_paths_are_refused() {
        for (String name : new String[] {"../../etc/passwd", "..\\..\\boot.ini", "/etc/passwd", "a\u0000.pdf", " "}) {
            assertThatThrownBy(() -> EvidenceFiles.displayName(name)).as(name).hasMessage("evidence.file-name");
        }
    }

    @Test
    void unsafe_characters_are_replaced_and_arabic_names_kept() {
        assertThat(EvidenceFiles.displayName("bi\u202Efdp.exe")).isEqualTo("bi_fdp.exe");
        assertThat(EvidenceFiles.displayName("a\"b;c.pdf")).isEqualTo("a_b_c.pdf");
        assertThat(EvidenceFiles.displayName(".hidden.txt")).isEqualTo("hidden.txt");
        assertThat(EvidenceFiles.displayName("بيان الكرملين.pdf")).isEqualTo("بيان الكرملين.pdf");
    }

    @Test
    void a_long_name_is_shortened_keeping_its_extension() {
        String shortened = EvidenceFiles.displayName("x".repeat(500) + ".pdf");
        assertThat(shortened).hasSize(EvidenceFiles.MAX_NAME_LENGTH).endsWith(".pdf");
    }

    @Test
    void the_digest_is_sha_256_in_hex() {
        assertThat(EvidenceFiles.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
