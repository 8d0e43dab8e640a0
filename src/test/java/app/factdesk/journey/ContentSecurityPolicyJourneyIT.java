package app.factdesk.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.factdesk.TestUsers;
import app.factdesk.TwoWorkspaces;
import app.factdesk.claim.ClaimFields;
import app.factdesk.claim.ClaimService;
import app.factdesk.claim.CreateClaim;
import app.factdesk.claim.Priority;
import app.factdesk.security.Role;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The journeys run under the strict Content-Security-Policy without a single violation reported by Chromium. */
class ContentSecurityPolicyJourneyIT extends BrowserJourney {

    private static final String QUOTE = "التوصل إلى تفاهم بشأن استمرار الاتصالات";
    private static final String RECORD_VIOLATIONS = """
            document.addEventListener('securitypolicyviolation', e =>
                console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI));
            """;

    @Autowired
    TwoWorkspaces fixtures;
    @Autowired
    TestUsers users;
    @Autowired
    ClaimService claims;

    @Test
    void login_dashboard_article_and_claim_pages_raise_no_csp_violation() {
        TwoWorkspaces.Other desk = fixtures.createOther();
        long articleId = fixtures.importReference(desk);
        String checker = fixtures.addMember(desk, Role.FACT_CHECKER, "Csp Checker");
        int start = TwoWorkspaces.referenceArticle().indexOf(QUOTE);
        long claimId = users.as(checker, () -> claims.create(new CreateClaim(articleId, start, start + QUOTE.length(),
                QUOTE, new ClaimFields("Moscow and Washington agreed to keep talking", null, null, Priority.HIGH,
                        List.of()), null)).id());

        List<String> violations = new CopyOnWriteArrayList<>();
        browser.addInitScript(RECORD_VIOLATIONS);
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy") || message.text().startsWith("CSP violation")) {
                violations.add(message.text());
            }
        });

        signIn(checker, TwoWorkspaces.PASSWORD);
        assertThat(page.locator("#dashboard-states")).isVisible();
        page.navigate(url("/articles/" + articleId));
        assertThat(page.locator("#article-body .hl")).hasCount(1);
        page.navigate(url("/claims/" + claimId));
        assertThat(page.getByText("Moscow and Washington agreed to keep talking").first()).isVisible();
        page.waitForTimeout(500);

        assertThat(violations).isEmpty();
    }
}
