package app.factdesk.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.factdesk.OwnerDatabase;
import app.factdesk.TestUsers;
import app.factdesk.claim.ClaimFields;
import app.factdesk.claim.ClaimService;
import app.factdesk.claim.CreateClaim;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every main view in Arabic, read as a person reads it: all visible text and every aria-label, placeholder and
 * title, through shadow roots. A Latin-script word must be user data (found in what the database stores) or one of
 * the terms of art ADR 020 keeps in Latin; anything else is an untranslated UI string and fails the walk.
 */
class ArabicWalkJourneyIT extends BrowserJourney {

    /** Kept in Latin script in Arabic on purpose (ADR 020): names of formats, standards and the product. */
    static final Set<String> TERMS = Set.of("fact", "desk", "utc", "pdf", "csv", "json", "json-ld", "ld", "url", "api",
            "warc", "sha-256", "sha", "claimreview", "http", "https", "oidc", "sso", "tsa", "rfc", "pades", "jws",
            "jwk", "tab", "shift", "enter", "bom", "excel", "ed25519", "es256", "openssl", "x.509", "png", "jpeg",
            "html", "txt", "md", "rest", "a-z", "hmac-sha256", "hmac", "sha256",
            // the name of the webhook signature header, typed as is by whoever writes the receiver
            "factdesk-signature",
            // the other language's name, written in that language, on the language switch
            "english",
            // the placeholder a publisher pattern must contain, typed as is
            "claimid");
    /** Addresses, file paths, file names and digests are identifiers, not words. */
    private static final Pattern IDENTIFIERS = Pattern.compile("\\S+://\\S+|(?<!\\S)/\\S+|\\S*[0-9a-f]{12,}\\S*"
            + "|[\\w.-]+\\.(?:pdf|csv|json|jsonld|txt|html|warc|zip)\\b");

    private static final String COLLECT = """
            () => {
              const out = [];
              const visible = (el) => {
                if (!el || !el.getClientRects || !el.getClientRects().length) return false;
                const style = getComputedStyle(el);
                return style.visibility !== 'hidden' && style.display !== 'none';
              };
              const walk = (root) => {
                const nodes = root.querySelectorAll('*');
                for (const el of nodes) {
                  if (el.localName === 'script' || el.localName === 'style') continue;
                  if (el.id === 'article-body' || el.closest('#article-body')) continue;
                  for (const a of ['aria-label', 'placeholder', 'title', 'alt']) {
                    const v = el.getAttribute(a);
                    if (v && visible(el)) out.push(v);
                  }
                  for (const child of el.childNodes) {
                    if (child.nodeType === 3 && child.textContent.trim() && visible(el)) out.push(child.textContent.trim());
                  }
                  if (el.shadowRoot) walk(el.shadowRoot);
                }
              };
              walk(document);
              return out;
            }""";
    private static final String IDLE = "() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
            + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())";
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z][A-Za-z0-9._'-]*[A-Za-z0-9]|[A-Za-z]");

    @Autowired
    ClaimService claims;
    @Autowired
    TestUsers users;
    @Autowired
    OwnerDatabase owner;

    /** Every Latin word the database stores as data (names, titles, URLs, e-mail addresses, identifiers). */
    private Set<String> userData() {
        Set<String> words = new HashSet<>();
        List<String> tables = owner.jdbc().queryForList("select table_name from information_schema.tables"
                + " where table_schema = 'public' and table_type = 'BASE TABLE' and table_name not in"
                + " ('evidence_file', 'source_snapshot', 'scheduled_tasks', 'audit_event', 'security_event',"
                + " 'notification', 'flyway_schema_history')", String.class);
        for (String table : tables) {
            owner.jdbc().query("select j.value from " + table + " t, json_each_text(row_to_json(t)) j"
                    + " where j.value ~ '[A-Za-z]'", rs -> {
                        Matcher m = LATIN_WORD.matcher(rs.getString(1));
                        while (m.find()) {
                            words.add(m.group().toLowerCase(Locale.ROOT));
                        }
                    });
        }
        return words;
    }

    @Test
    void no_view_shows_an_untranslated_latin_string_in_arabic() throws Exception {
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
        long claimId = users.as("admin", () -> claims.create(new CreateClaim(articleId, start,
                start + quote.length(), quote, new ClaimFields("تواصل الاتصالات بين موسكو وواشنطن", null, null, null,
                        List.of()), null)).id());

        Map<String, String> views = new LinkedHashMap<>();
        views.put("dashboard", "/");
        views.put("articles", "/articles");
        views.put("article workspace", "/articles/" + articleId);
        views.put("claim page", "/claims/" + claimId);
        views.put("claims", "/claims");
        views.put("bulk assign", "/assign-tasks");
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
        views.put("evidence capture", "/admin/evidence-capture");
        views.put("webhooks", "/admin/webhooks");
        views.put("fact-check library", "/admin/fact-check-library");
        views.put("invitations", "/invitations");
        views.put("profile", "/profile");
        views.put("verify", "/verify");

        page.navigate(url("/"));
        page.locator("#language-switch").click();
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        StringBuilder report = new StringBuilder();
        List<String> untranslated = new ArrayList<>();
        try {
            for (Map.Entry<String, String> view : views.entrySet()) {
                page.navigate(url(view.getValue()));
                page.waitForFunction(IDLE);
                page.waitForTimeout(300);
                page.waitForFunction(IDLE);
                Set<String> data = userData();
                @SuppressWarnings("unchecked")
                List<String> strings = (List<String>) page.evaluate(COLLECT);
                Set<String> found = new TreeSet<>();
                for (String s : strings) {
                    Matcher m = LATIN_WORD.matcher(IDENTIFIERS.matcher(s).replaceAll(" "));
                    while (m.find()) {
                        String word = m.group().toLowerCase(Locale.ROOT);
                        if (!data.contains(word) && !TERMS.contains(word)) {
                            found.add(m.group() + " «" + (s.length() > 80 ? s.substring(0, 80) + "…" : s) + "»");
                        }
                    }
                }
                report.append(String.format("%-18s %d strings, %d untranslated%n", view.getKey(), strings.size(),
                        found.size()));
                found.forEach(f -> report.append("      ").append(f).append('\n'));
                found.forEach(f -> untranslated.add(view.getKey() + ": " + f));
            }
        } finally {
            page.navigate(url("/"));
            assertThat(page.locator("#language-switch")).isVisible();
            if ("English".equals(page.locator("#language-switch").innerText().strip())) {
                page.locator("#language-switch").click();
                assertThat(page.locator("html")).hasAttribute("dir", "ltr");
            }
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "arabic-walk.txt"), report.toString());
            System.out.println(report);
        }
        assertThat(untranslated).as("Latin-script UI strings in Arabic (target/arabic-walk.txt)").isEmpty();
    }
}
