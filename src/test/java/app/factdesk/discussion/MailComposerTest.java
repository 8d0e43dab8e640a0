package app.factdesk.discussion;

import static org.assertj.core.api.Assertions.assertThat;

import app.factdesk.shared.ui.TranslationProvider;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MailComposerTest {

    private final MailComposer composer = new MailComposer(new TranslationProvider(), "https://desk.example.org/");

    private static MailComposer.Line mention(String text) {
        return new MailComposer.Line(NotificationType.MENTION, List.of("Elias <Editor>", text), 42L);
    }

    @Test
    void what_people_typed_is_escaped_in_html_and_kept_as_typed_in_plain_text() {
        MailComposer.Content mail = composer.single(TranslationProvider.ENGLISH, "Fatima", "Desk & Co",
                mention("<script>alert(1)</script> see \"this\""));
        assertThat(mail.html()).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "Elias &lt;Editor&gt;",
                "Workspace: Desk &amp; Co").doesNotContain("<script>");
        assertThat(mail.text()).contains("Elias <Editor> mentioned you: <script>alert(1)</script> see \"this\"",
                "Open the claim: https://desk.example.org/claims/42");
    }

    @Test
    void the_subject_is_one_line_of_at_most_150_characters() {
        MailComposer.Content mail = composer.single(TranslationProvider.ENGLISH, "Fatima", "Desk",
                mention("line one\r\nBcc: someone@example.org\n" + "x".repeat(300)));
        assertThat(mail.subject()).doesNotContain("\n", "\r").startsWith("Fact Desk: Elias <Editor> mentioned you: "
                + "line one Bcc: someone@example.org x");
        assertThat(mail.subject().length()).isLessThanOrEqualTo("Fact Desk: ".length() + 150);
    }

    @Test
    void an_arabic_digest_is_right_to_left_and_grouped_by_workspace() {
        Map<String, List<MailComposer.Line>> byWorkspace = new LinkedHashMap<>();
        byWorkspace.put("مكتب أ", List.of(mention("أولى"), mention("ثانية")));
        byWorkspace.put("Desk B", List.of(new MailComposer.Line(NotificationType.VERDICT_PUBLISHED,
                List.of("Moscow and Washington agreed", ""), 7L)));
        MailComposer.Content mail = composer.digest(TranslationProvider.ARABIC, "فاطمة", byWorkspace);
        // Names and titles inside Arabic sentences are bidi-isolated (FSI … PDI, ADR 020).
        assertThat(mail.html()).contains("<html lang=\"ar\" dir=\"rtl\">", "<h2>مساحة العمل: \u2068مكتب أ\u2069</h2>",
                "<h2>مساحة العمل: \u2068Desk B\u2069</h2>", "نُشر حكمك: \u2068Moscow and Washington agreed\u2069");
        assertThat(mail.text().indexOf("أولى")).isLessThan(mail.text().indexOf("ثانية"));
        assertThat(mail.text().indexOf("ثانية")).isLessThan(mail.text().indexOf("Desk B"));
        assertThat(mail.subject()).startsWith("مكتب التحقق: ملخصك اليومي");
    }
}
