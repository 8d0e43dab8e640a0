package app.factdesk.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.factdesk.shared.UserFacingException;
import org.junit.jupiter.api.Test;

class SourceUrlTest {

    @Test
    void scheme_and_host_are_lower_cased_and_the_fragment_dropped() {
        assertThat(SourceUrl.normalize("  HTTPS://En.Kremlin.RU/Events/President/News/72500?Lang=EN#top "))
                .isEqualTo("https://en.kremlin.ru/Events/President/News/72500?Lang=EN");
    }

    @Test
    void default_ports_are_dropped_and_others_kept() {
        assertThat(SourceUrl.normalize("http://example.org:80/a")).isEqualTo("http://example.org/a");
        assertThat(SourceUrl.normalize("https://example.org:443/a")).isEqualTo("https://example.org/a");
        assertThat(SourceUrl.normalize("https://example.org:8443/a")).isEqualTo("https://example.org:8443/a");
    }

    @Test
    void an_empty_path_becomes_a_slash() {
        assertThat(SourceUrl.normalize("https://Example.org")).isEqualTo(SourceUrl.normalize("https://example.org/#x"));
    }

    @Test
    void other_schemes_and_broken_addresses_are_refused() {
        assertThatThrownBy(() -> SourceUrl.normalize("javascript:alert(1)")).isInstanceOf(UserFacingException.class)
                .hasMessage("source.url-scheme");
        assertThatThrownBy(() -> SourceUrl.normalize("ftp://example.org/file")).hasMessage("source.url-scheme");
        assertThatThrownBy(() -> SourceUrl.normalize("https://exa mple.org/")).hasMessage("source.url-invalid");
        assertThatThrownBy(() -> SourceUrl.normalize("https://user:pw@example.org/")).hasMessage("source.url-invalid");
        assertThatThrownBy(() -> SourceUrl.normalize(" ")).hasMessage("source.url-required");
    }
}
