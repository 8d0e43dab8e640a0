package app.factdesk.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.factdesk.TestUsers;
import app.factdesk.claim.ClaimFields;
import app.factdesk.claim.ClaimService;
import app.factdesk.claim.CreateClaim;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * axe-core (shipped as a test resource, src/test/resources/axe) on every main view, in English and in Arabic, as
 * the demo admin (installation admin, so every admin page shows). Writes the counts per view and impact to
 * target/axe-report.txt.
 */
class AxeJourneyIT extends BrowserJourney {

    /** Rules this project has fixed everywhere; they must not come back on any view. */
    static final Set<String> FIXED = Set.of("landmark-one-main", "page-has-heading-one", "color-contrast");
    /** Any violation of these impacts fails the journey; only "minor" ones are reported and tolerated. */
    static final Set<String> FAILING_IMPACTS = Set.of("critical", "serious", "moderate");

    private static final String RUN_AXE = """
            async () => {
              const r = await axe.run(document, { resultTypes: ['violations'] });
              return r.violations.map(v => v.impact + ' ' + v.id + ' x' + v.nodes.length + ' '
                  + v.nodes.slice(0, 2).map(n => n.target.join('>')).join(' | '));
            }""";
    private static final String IDLE = "() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
            + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())";

    @Autowired
    ClaimService claims;
    @Autowired
    TestUsers users;

    @Test
    void every_main_view_in_english_and_arabic_has_a_main_landmark_an_h1_and_readable_contrast() throws Exception {
        String axe = axeSource();
        signIn("admin", "Fact-Desk-Boss-42");
        assertThat(page.locator("#main-nav")).isVisible();
        page.navigate(url("/articles"));
        page.locator("vaadin-grid-cell-content").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("الكرملين")).first().click();
        page.waitForURL(Pattern.compile(".*/articles/\\d+$"));
        Matcher id = Pattern.compile("/articles/(\\d+)$").matcher(page.url());
        assertThat(id.find()).isTrue();
        long articleId = Long.parseLong(id.group(1));
        String quote = "التوصل إلى تفاهم بشأن استمرار الاتصالات";
        int start = app.factdesk.TwoWorkspaces.referenceArticle().indexOf(quote);
        long claimId = users.as("admin", () -> claims.create(new CreateClaim(articleId, start, start + quote.length(),
                quote,
                new ClaimFields("axe check claim", null, null, null, List.of()), null)).id());

        Map<String, String> views = new LinkedHashMap<>();
        views.put("dashboard", "/");
        views.put("articles", "/articles");
        views.put("article workspace", "/articles/" + articleId);
        views.put("claim page", "/claims/" + claimId);
        views.put("claims", "/claims");
        views.put("my tasks", "/my-tasks");
        views.put("import", "/articles/import");
        views.put("review queue", "/review");
        views.put("search", "/search");
        views.put("task checklist", "/checklist");
        views.put("audit log", "/audit");
        views.put("sign-in history", "/account-chain");
        views.put("exports", "/exports");
        views.put("members", "/admin/members");
        views.put("accounts", "/admin/accounts");
        views.put("rating scale", "/admin/rating-scale");
        views.put("signing keys", "/admin/signing-keys");
        views.put("webhooks", "/admin/webhooks");
        views.put("fact-check library", "/admin/fact-check-library");
        views.put("invitations", "/invitations");
        views.put("profile", "/profile");
        views.put("verify", "/verify");

        StringBuilder report = new StringBuilder();
        List<String> broken = new ArrayList<>();
        try {
            for (String language : List.of("en", "ar")) {
                if ("ar".equals(language)) {
                    page.navigate(url("/"));
                    page.locator("#language-switch").click();
                    assertThat(page.locator("html")).hasAttribute("dir", "rtl");
                }
                for (Map.Entry<String, String> view : views.entrySet()) {
                    check(language, view.getKey(), view.getValue(), axe, report, broken);
                }
            }
        } finally {
            page.navigate(url("/"));
            // The switch names the other language: "English" while the admin's profile says Arabic. Wait for the
            // shell before reading it, so the admin never stays in Arabic for the tests that follow.
            assertThat(page.locator("#language-switch")).isVisible();
            if ("English".equals(page.locator("#language-switch").innerText().strip())) {
                page.locator("#language-switch").click();
                assertThat(page.locator("#language-switch")).hasText("العربية");
                assertThat(page.locator("html")).hasAttribute("dir", "ltr");
            }
        }
        page.locator("#sign-out").click();
        page.waitForURL(Pattern.compile(".*/login.*"));
        check("en", "login", "/login", axe, report, broken);

        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "axe-report.txt"), report.toString());
        System.out.println(report);
        assertThat(broken).as("critical, serious or moderate axe violations (see target/axe-report.txt)").isEmpty();
    }

    @SuppressWarnings("unchecked")
    private void check(String language, String name, String path, String axe, StringBuilder report,
            List<String> broken) {
        page.navigate(url(path));
        page.waitForFunction(IDLE);
        page.waitForTimeout(300);
        page.waitForFunction(IDLE);
        page.evaluate(axe);
        List<String> violations = (List<String>) page.evaluate(RUN_AXE);
        Map<String, Integer> byImpact = new LinkedHashMap<>();
        for (String impact : List.of("critical", "serious", "moderate", "minor")) {
            byImpact.put(impact, 0);
        }
        violations.forEach(v -> byImpact.merge(v.substring(0, v.indexOf(' ')), 1, Integer::sum));
        report.append(String.format("%s %-18s %s%n", language, name, byImpact));
        violations.forEach(v -> report.append("      ").append(v).append('\n'));
        violations.stream().filter(v -> FAILING_IMPACTS.contains(v.split(" ")[0]) || FIXED.contains(v.split(" ")[1]))
                .forEach(v -> broken.add(language + " " + name + ": " + v));
    }

    private static String axeSource() throws IOException {
        try (InputStream in = AxeJourneyIT.class.getResourceAsStream("/axe/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
