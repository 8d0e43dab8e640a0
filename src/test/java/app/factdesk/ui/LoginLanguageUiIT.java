package app.factdesk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.factdesk.security.ui.LoginView;
import app.factdesk.shared.ui.TranslationProvider;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;

/** The sign-in page offers the other language before anyone signs in, and keeps the choice for the session. */
class LoginLanguageUiIT extends KaribuTest {

    @Test
    void choosing_arabic_on_the_sign_in_page_shows_it_right_to_left_and_english_switches_back() {
        UI.getCurrent().setLocale(TranslationProvider.ENGLISH);
        UI.getCurrent().navigate(LoginView.class);
        Button toggle = _get(Button.class, spec -> spec.withId("login-language"));
        assertThat(toggle.getText()).isEqualTo("العربية");

        _click(toggle);
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate(LoginView.class);

        assertThat(UI.getCurrent().getLocale()).isEqualTo(TranslationProvider.ARABIC);
        assertThat(UI.getCurrent().getElement().getAttribute("dir")).isEqualTo("rtl");
        assertThat(_get(Paragraph.class).getText())
                .isEqualTo(UI.getCurrent().getTranslation(TranslationProvider.ARABIC, "login.tagline"));
        Button back = _get(Button.class, spec -> spec.withId("login-language"));
        assertThat(back.getText()).isEqualTo("English");

        _click(back);
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate(LoginView.class);
        assertThat(UI.getCurrent().getLocale()).isEqualTo(TranslationProvider.ENGLISH);
        assertThat(_get(Paragraph.class).getText())
                .isEqualTo(UI.getCurrent().getTranslation(TranslationProvider.ENGLISH, "login.tagline"))
                .isNotEqualTo(UI.getCurrent().getTranslation(TranslationProvider.ARABIC, "login.tagline"));
        assertThat(UI.getCurrent().getElement().getAttribute("dir")).isEqualTo("ltr");
    }
}
