package app.factdesk.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.factdesk.IntegrationTest;
import app.factdesk.TestUsers;
import app.factdesk.TwoWorkspaces;
import app.factdesk.security.Role;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class ClaimServiceIT {

    /** Spans of the reference article a team would claim, including the tricky ones. */
    static final List<String> QUOTES = List.of(
            "موسكو وواشنطن توصلتا إلى تفاهم بشأن اتصالات جديدة بين بوتين وبايدن",
            "پاکستان پوائنٹ نیوز / سبوتنيك - 14 اكتوبر 2021ء",
            "التوصل إلى تفاهم بشأن استمرار الاتصالات",
            "حيث أعُلن عن لقاءات مع نائب رئيس إدارة الكرملين دميتري كوزاك",
            "نولاند،\u00a0 في موسكو، مع ممثلي السلطات الروسية بناءة ومثمرة",
            "عدم قبول الوجود العسكري الأميركي في آسيا الوسطى");

    @Autowired
    TestUsers users;
    @Autowired
    TwoWorkspaces fixtures;
    @Autowired
    ClaimService claims;
    @Autowired
    ClaimQueries queries;

    private TwoWorkspaces.Other desk;
    private long articleId;
    private String body;
    private String checker;
    private String editor;

    @BeforeEach
    void deskWithTheReferenceArticle() {
        desk = fixtures.createOther();
        articleId = fixtures.importReference(desk);
        body = TwoWorkspaces.referenceArticle();
        checker = fixtures.addMember(desk, Role.FACT_CHECKER, "Fatima Checker");
        editor = fixtures.addMember(desk, Role.EDITOR, "Elias Editor");
        users.signIn(checker);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private ClaimDetails claim(String quote, String statement) {
        int start = body.indexOf(quote);
        return claims.create(new CreateClaim(articleId, start, start + quote.length(), quote,
                new ClaimFields(statement, "دميتري بيسكوف", null, Priority.HIGH, List.of("Kremlin", "kremlin ")),
                null));
    }

    @Test
    void every_quote_is_recovered_exactly_from_its_offsets() {
        for (String quote : QUOTES) {
            assertThat(body).contains(quote);
            ClaimDetails created = claim(quote, "statement");
            Anchor anchor = created.anchor();
            assertThat(body.substring(anchor.start(), anchor.end())).isEqualTo(quote);
            assertThat(anchor.exact()).isEqualTo(quote);
            assertThat(body.substring(anchor.start() - anchor.prefix().length(), anchor.start()))
                    .isEqualTo(anchor.prefix());
            assertThat(anchor.prefix().length()).isLessThanOrEqualTo(32);
            assertThat(anchor.suffix().length()).isLessThanOrEqualTo(32);
        }
        assertThat(claims.ofArticle(articleId)).extracting(c -> c.anchor().exact())
                .containsExactlyInAnyOrderElementsOf(QUOTES);
        assertThat(claims.ofArticle(articleId)).allSatisfy(c -> {
            assertThat(c.state()).isEqualTo(ClaimState.DRAFT);
            assertThat(c.tags()).containsExactly("kremlin");
            assertThat(c.origin()).isEqualTo("MANUAL");
        });
    }

    @Test
    void a_forged_or_stale_selection_is_refused_and_nothing_is_written() {
        String quote = QUOTES.get(2);
        int start = body.indexOf(quote);
        ClaimFields fields = new ClaimFields("x", null, null, null, List.of());
        assertThatThrownBy(() -> claims.create(new CreateClaim(articleId, start + 1, start + 1 + quote.length(), quote,
                fields, null))).hasMessage("claim.anchor-stale");
        assertThatThrownBy(() -> claims.create(new CreateClaim(articleId, start, body.length() + 5, quote, fields,
                null))).hasMessage("claim.anchor-invalid");
        assertThat(claims.ofArticle(articleId)).isEmpty();
    }

    @Test
    void rejecting_needs_a_reason_and_restoring_brings_the_draft_back() {
        ClaimDetails created = claim(QUOTES.get(0), "Understanding reached on Putin–Biden contacts");
        assertThatThrownBy(() -> claims.reject(created.id(), created.version(), " "))
                .hasMessageContaining("reason");
        ClaimDetails rejected = claims.reject(created.id(), created.version(), "Headline repeats claim 3");
        assertThat(rejected.state()).isEqualTo(ClaimState.REJECTED);
        assertThat(rejected.rejectionReason()).isEqualTo("Headline repeats claim 3");
        ClaimDetails restored = claims.restore(rejected.id(), rejected.version());
        assertThat(restored.state()).isEqualTo(ClaimState.DRAFT);
        assertThat(restored.rejectionReason()).isNull();
    }

    @Test
    void a_stale_edit_names_who_changed_it_and_never_overwrites() {
        ClaimDetails created = claim(QUOTES.get(2), "first wording");
        users.signIn(editor);
        claims.edit(created.id(), created.version(), new ClaimFields("editor's wording", null, null, null, List.of()));
        users.signIn(checker);
        assertThatThrownBy(() -> claims.edit(created.id(), created.version(),
                new ClaimFields("checker's late wording", null, null, null, List.of())))
                .isInstanceOf(StaleClaimException.class).hasMessage("claim.conflict")
                .satisfies(e -> assertThat(((StaleClaimException) e).arguments()).containsExactly("Elias Editor"));
        assertThat(claims.find(created.id()).orElseThrow().statement()).isEqualTo("editor's wording");
    }

    @Test
    void a_statement_over_500_characters_is_refused() {
        int start = body.indexOf(QUOTES.get(3));
        assertThatThrownBy(() -> claims.create(new CreateClaim(articleId, start, start + QUOTES.get(3).length(),
                QUOTES.get(3), new ClaimFields("x".repeat(501), null, null, null, List.of()), null)))
                .isInstanceOf(jakarta.validation.ConstraintViolationException.class);
        assertThat(claims.ofArticle(articleId)).isEmpty();
    }

    @Test
    void viewers_read_but_cannot_create_and_other_workspaces_see_nothing() {
        ClaimDetails created = claim(QUOTES.get(5), "US military presence in Central Asia unacceptable");
        users.signIn(fixtures.addMember(desk, Role.VIEWER, "Vera"));
        assertThat(claims.find(created.id())).isPresent();
        assertThatThrownBy(() -> claim(QUOTES.get(4), "x")).isInstanceOf(AccessDeniedException.class);
        users.signIn(TestUsers.EDITOR);
        assertThat(claims.find(created.id())).isEmpty();
        assertThat(claims.ofArticle(articleId)).isEmpty();
        assertThatThrownBy(() -> claims.edit(created.id(), created.version(),
                new ClaimFields("hijack", null, null, null, List.of()))).hasMessage("claim.not-found");
    }

    @Test
    void the_claims_grid_filters_and_sorts_within_the_workspace() {
        claim(QUOTES.get(0), "Understanding reached");
        int start = body.indexOf(QUOTES.get(3));
        claims.create(new CreateClaim(articleId, start, start + QUOTES.get(3).length(), QUOTES.get(3),
                new ClaimFields("Nuland met Kozak", "Kremlin press office", null, Priority.LOW, List.of("meetings")),
                null));
        assertThat(queries.count(ClaimFilter.ANY)).isEqualTo(2);
        assertThat(queries.page(new ClaimFilter(null, "meetings", null, null), ClaimSort.NEWEST, 0, 10))
                .extracting(ClaimRow::statement).containsExactly("Nuland met Kozak");
        assertThat(queries.page(new ClaimFilter(null, null, "بيسكوف", null), ClaimSort.NEWEST, 0, 10))
                .extracting(ClaimRow::statement).containsExactly("Understanding reached");
        assertThat(queries.page(new ClaimFilter(null, null, null, "kozak"), ClaimSort.NEWEST, 0, 10)).hasSize(1);
        assertThat(queries.page(new ClaimFilter(ClaimState.REJECTED, null, null, null), ClaimSort.NEWEST, 0, 10))
                .isEmpty();
        assertThat(queries.page(ClaimFilter.ANY, ClaimSort.PRIORITY, 0, 10)).extracting(ClaimRow::priority)
                .containsExactly(Priority.HIGH, Priority.LOW);
        assertThat(queries.page(ClaimFilter.ANY, ClaimSort.NEWEST, 0, 10)).extracting(ClaimRow::articleTitle)
                .allSatisfy(title -> assertThat(title).startsWith("الكرملين"));
        assertThat(queries.tags()).containsExactly("kremlin", "meetings");
        assertThat(queries.search("kozak", 10)).hasSize(1);
        assertThat(queries.search("بيسكوف", 10)).extracting(ClaimHit::articleId).containsExactly(articleId);
    }
}
