package app.factdesk.claim.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.factdesk.TwoWorkspaces;
import app.factdesk.security.Role;
import app.factdesk.ui.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.TabSheet;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Every language the import accepts opens its article page; suggestions where a model exists, a plain note where not. */
class ArticleLanguagesUiIT extends KaribuTest {

    private static final Map<String, String> TEXTS = Map.ofEntries(
            Map.entry("ar", "قال الوزير إن البطالة ارتفعت إلى 12 في المئة العام الماضي. وأكد أن الحكومة ستعلن خطة."),
            Map.entry("en", "The minister said unemployment rose to 12 percent last year. He added that a plan will follow."),
            Map.entry("fr", "Le ministre a déclaré que le chômage a atteint 12 % l'an dernier. Un plan suivra."),
            Map.entry("fa", "وزیر گفت که بیکاری سال گذشته به ۱۲ درصد رسید. برنامه‌ای اعلام خواهد شد."),
            Map.entry("ur", "وزیر نے کہا کہ پچھلے سال بے روزگاری 12 فیصد تک پہنچ گئی۔ ایک منصوبہ آئے گا۔"),
            Map.entry("he", "השר אמר כי האבטלה עלתה ל-12 אחוזים בשנה שעברה. תוכנית תבוא בהמשך."),
            Map.entry("es", "El ministro dijo que el desempleo subió al 12 % el año pasado. Habrá un plan."),
            Map.entry("de", "Der Minister sagte, die Arbeitslosigkeit sei im letzten Jahr auf 12 % gestiegen. Ein Plan folgt."),
            Map.entry("ru", "Министр заявил, что безработица в прошлом году выросла до 12 %. План последует."),
            Map.entry("tr", "Bakan, işsizliğin geçen yıl yüzde 12'ye yükseldiğini söyledi. Bir plan gelecek."));

    @Autowired
    TwoWorkspaces fixtures;

    @ParameterizedTest
    @ValueSource(strings = {"ar", "en", "fr", "fa", "ur", "he", "es", "de", "ru", "tr"})
    void an_article_in_every_accepted_language_opens_and_says_whether_suggestions_exist(String language) {
        TwoWorkspaces.Other desk = fixtures.createOther();
        long articleId = fixtures.importIn(desk, "Article " + language, TEXTS.get(language), language);
        login(fixtures.addMember(desk, Role.FACT_CHECKER, "Fatima Checker"));
        UI.getCurrent().navigate("articles/" + articleId);

        assertThat(_get(H1.class).getText()).isEqualTo("Article " + language);
        _get(TabSheet.class).setSelectedIndex(1);
        boolean modelled = language.equals("ar") || language.equals("en");
        assertThat(_find(Paragraph.class, spec -> spec.withId("suggestions-no-model"))).hasSize(modelled ? 0 : 1);
        if (!modelled) {
            assertThat(_get(Paragraph.class, spec -> spec.withId("suggestions-no-model")).getText())
                    .startsWith("No suggestions for articles in ").contains("no check-worthiness model");
        }
    }
}
