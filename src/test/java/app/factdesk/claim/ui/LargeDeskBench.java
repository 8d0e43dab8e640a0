package app.factdesk.claim.ui;

import app.factdesk.FactDeskApplication;
import app.factdesk.TestUsers;
import app.factdesk.TwoWorkspaces;
import app.factdesk.article.ArticleDetails;
import app.factdesk.article.ArticleService;
import app.factdesk.claim.ClaimFields;
import app.factdesk.claim.ClaimService;
import app.factdesk.claim.CreateClaim;
import app.factdesk.claim.Priority;
import app.factdesk.report.ExportKind;
import app.factdesk.report.ExportRequest;
import app.factdesk.report.ExportService;
import app.factdesk.security.Role;
import app.factdesk.verdict.ProposeVerdict;
import app.factdesk.verdict.RatingScaleService;
import app.factdesk.verdict.SourceService;
import app.factdesk.verdict.VerdictDesk;
import app.factdesk.verdict.VerdictService;
import app.factdesk.verification.NewTask;
import app.factdesk.verification.TaskService;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.communication.UidlWriter;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import kotlin.jvm.functions.Function0;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * {@code bench/large-desk.sh}: one article with 1,000 claims and one with 10,000 (made through the services, with a
 * task on every 10th claim, a source on every 20th and a proposed verdict on every 40th). Prints, for each: the server
 * time of the navigation round trip to the article workspace (the view built by the router as a member, then the
 * response the server would send, written by Vaadin's own {@link UidlWriter}; median of 5), its size, and the PDF
 * and JSON report's time and peak heap (live after GC and used).
 */
public final class LargeDeskBench {

    private final ConfigurableApplicationContext context;
    private final TestUsers users;
    private final TwoWorkspaces fixtures;

    private LargeDeskBench(ConfigurableApplicationContext context) {
        this.context = context;
        this.users = context.getBean(TestUsers.class);
        this.fixtures = context.getBean(TwoWorkspaces.class);
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length > 0 ? Arrays.stream(args).mapToInt(Integer::parseInt).toArray()
                : new int[] {1_000, 10_000};
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(FactDeskApplication.class)
                .profiles("test").properties("server.port=0", "logging.level.root=warn")
                // production's PDF limit and parts, not the tests' 300 claims and small parts
                .run("--factdesk.exports.pdf-max-claims=10000", "--factdesk.exports.pdf-claims-per-part="
                        + System.getProperty("claims-per-part", "500"), "--factdesk.exports.pdf-events-per-part="
                        + System.getProperty("events-per-part", "10000"))) {
            LargeDeskBench bench = new LargeDeskBench(context);
            TwoWorkspaces.Other desk = bench.fixtures.createOther();
            String editor = bench.fixtures.addMember(desk, Role.EDITOR, "Bench Editor");
            long[] articles = new long[sizes.length];
            for (int i = 0; i < sizes.length; i++) {
                long start = System.nanoTime();
                articles[i] = bench.article(desk, editor, sizes[i]);
                System.out.printf("made an article with %,d claims through the services in %.0f s%n", sizes[i],
                        (System.nanoTime() - start) / 1e9);
            }
            for (int i = 0; i < sizes.length; i++) {
                bench.measure(editor, articles[i], sizes[i]);
            }
        }
    }

    /** An article long enough for {@code claims} claims on spans of their own, with tasks, sources and verdicts. */
    private long article(TwoWorkspaces.Other desk, String editor, int claims) {
        String reference = TwoWorkspaces.referenceArticle();
        StringBuilder body = new StringBuilder();
        while (body.length() < Math.min(190_000, claims * 19L)) {
            body.append(reference).append("\n\n");
        }
        long articleId = fixtures.importIn(desk, "Large desk " + claims, body.substring(0, Math.min(body.length(),
                199_000)), "ar");
        ClaimService claimService = context.getBean(ClaimService.class);
        TaskService tasks = context.getBean(TaskService.class);
        SourceService sources = context.getBean(SourceService.class);
        VerdictService verdicts = context.getBean(VerdictService.class);
        RatingScaleService ratings = context.getBean(RatingScaleService.class);
        return users.as(editor, () -> {
            String text = context.getBean(ArticleService.class).find(articleId).orElseThrow().body();
            int stride = Math.max(1, (text.length() - 40) / claims);
            long label = ratings.activeLabels().get(0).id();
            for (int i = 0; i < claims; i++) {
                int start = i * stride;
                while (Character.isWhitespace(text.charAt(start))) {
                    start++;
                }
                int end = Math.min(text.length(), start + Math.max(12, stride - 2));
                while (end > start + 1 && Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
                long id = claimService.create(new CreateClaim(articleId, start, end, text.substring(start, end),
                        new ClaimFields("Bench claim " + i, "Dmitry Peskov", null, Priority.NORMAL, List.of()),
                        null)).id();
                if (i % 10 == 0) {
                    tasks.create(new NewTask(id, "Find the transcript " + i, null, null, null, false));
                }
                if (i % 20 == 0) {
                    long source = sources.add(VerdictDesk.source(id, "https://example.org/source/" + i), null).id();
                    if (i % 40 == 0) {
                        verdicts.propose(new ProposeVerdict(id, label, "The transcript says so.", List.of(source)));
                    }
                }
            }
            return articleId;
        });
    }

    private void measure(String editor, long articleId, int claims) {
        double[] open = new double[5];
        double[] built = new double[5];
        int bytes = 0;
        UserDetails member = context.getBean(UserDetailsService.class).loadUserByUsername(editor);
        Routes routes = new Routes().autoDiscoverViews("app.factdesk");
        for (int i = 0; i < open.length; i++) {
            Function0<UI> uiFactory = UI::new;
            MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
            try {
                signIn(member);
                long start = System.nanoTime();
                UI.getCurrent().navigate("articles/" + articleId);
                built[i] = (System.nanoTime() - start) / 1e9;
                String response = new UidlWriter().createUidl(UI.getCurrent(), false).toString();
                open[i] = (System.nanoTime() - start) / 1e9;
                bytes = response.length();
                if (!(UI.getCurrent().getCurrentView() instanceof ArticleWorkspaceView)) {
                    throw new IllegalStateException("the article workspace did not open");
                }
            } finally {
                MockVaadin.tearDown();
                SecurityContextHolder.clearContext();
            }
        }
        Arrays.sort(open);
        Arrays.sort(built);
        double goal = claims <= 1_000 ? 1.0 : 2.5;
        System.out.printf("%,d claims: article workspace opens in %.2f s (median of 5; min %.2f, max %.2f; goal <= "
                + "%.1f s); view built in %.2f s, response %,d characters%n", claims, open[2], open[0], open[4], goal,
                built[2], bytes);
        for (ExportKind kind : Boolean.parseBoolean(System.getProperty("exports", "true"))
                ? List.of(ExportKind.PDF, ExportKind.JSON) : List.<ExportKind>of()) {
            Runnable export = () -> users.as(editor, () -> {
                try {
                    return context.getBean(ExportService.class).download(ExportRequest.ofArticle(kind, articleId),
                            (name, type) -> OutputStream.nullOutputStream());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            // A PDF three times: the first on a JIT that has rendered one smaller report, then as a server that has
            // been running renders it; the goal is on the median.
            int runs = kind == ExportKind.PDF ? 3 : 1;
            double[] seconds = new double[runs];
            long live = 0;
            long used = 0;
            for (int run = 0; run < runs; run++) {
                long start = System.nanoTime();
                try {
                    app.factdesk.HeapDuring heap = app.factdesk.HeapDuring.of(export);
                    live = Math.max(live, heap.liveMb());
                    used = Math.max(used, heap.usedMb());
                } catch (app.factdesk.shared.UserFacingException refused) {
                    System.out.printf("%,d claims: %s report refused in %.2f s with %s%n", claims, kind,
                            (System.nanoTime() - start) / 1e9, refused.messageKey());
                    break;
                }
                seconds[run] = (System.nanoTime() - start) / 1e9;
            }
            if (seconds[runs - 1] == 0) {
                continue;
            }
            double first = seconds[0];
            Arrays.sort(seconds);
            // One more run, not timed, with a full collection every 100 ms: the heap the export really holds.
            app.factdesk.HeapDuring.Live held = app.factdesk.HeapDuring.live(export, 100);
            System.out.printf("%,d claims: %s report %.2f s%s%s; live heap %d MB before, at most %d MB during (+%d MB), "
                    + "median %d MB (+%d MB) (full collection every 100 ms); peak after G1's own collections %d MB, peak used %d MB%n",
                    claims, kind, seconds[runs / 2], runs > 1 ? String.format(" (median of %d; first %.2f s)", runs,
                            first) : "", kind == ExportKind.PDF && claims >= 10_000 ? " (goal <= 8 s)" : "",
                    held.beforeMb(), held.peakMb(), held.peakMb() - held.beforeMb(), held.medianMb(),
                    held.medianMb() - held.beforeMb(), live, used);
        }
    }

    private static void signIn(UserDetails member) {
        var auth = UsernamePasswordAuthenticationToken.authenticated(member, null, member.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(auth);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((p, role) -> member.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
    }
}
