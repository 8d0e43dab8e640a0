package app.factdesk.claim.ui;

import app.factdesk.FactDeskApplication;
import app.factdesk.article.ArticleDetails;
import app.factdesk.article.ArticleService;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinService;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import kotlin.jvm.functions.Function0;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * {@code bench/session-memory.sh}: the live heap that N article-workspace views on the reference article hold (each
 * attached, with its text segments, claims, suggestions, live subscription and presence), against N trivial views,
 * in one JVM with Karibu's simulated browser. Prints the retained bytes per view for both.
 */
public final class SessionMemoryBench {

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(FactDeskApplication.class)
                .profiles("test").properties("server.port=0", "logging.level.root=warn").run()) {
            Function0<UI> uiFactory = UI::new;
            MockVaadin.setup(uiFactory, new MockSpringServlet(new Routes().autoDiscoverViews("app.factdesk"),
                    context, uiFactory));
            UserDetails checker = context.getBean(UserDetailsService.class).loadUserByUsername("checker");
            var auth = UsernamePasswordAuthenticationToken.authenticated(checker, null, checker.getAuthorities());
            SecurityContextHolder.getContext().setAuthentication(auth);
            FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
            request.setUserPrincipalInt(auth);
            request.setUserInRole((p, role) -> checker.getAuthorities().stream()
                    .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
            ArticleService articles = context.getBean(ArticleService.class);
            ArticleDetails reference = articles.list(0, 100).stream()
                    .filter(a -> a.title().startsWith("الكرملين")).map(a -> articles.find(a.id()).orElseThrow())
                    .findFirst().orElseThrow();

            long trivial = retainedPerView(n, () -> new Div(new H2("Hello"), new Paragraph("A trivial view.")));
            long article = retainedPerView(n, () -> {
                ArticleWorkspaceView view = VaadinService.getCurrent().getInstantiator()
                        .createComponent(ArticleWorkspaceView.class);
                view.open(reference);
                return view;
            });
            System.out.printf("N = %d views of each kind, one JVM, heap after full GC%n", n);
            System.out.printf("trivial view:           %,8d bytes per view%n", trivial);
            System.out.printf("article workspace view: %,8d bytes per view   (goal <= 250 KB = 256,000 bytes)%n",
                    article);
            System.out.printf("ratio article / trivial: %.1f%n", (double) article / Math.max(1, trivial));
            MockVaadin.tearDown();
        }
    }

    private static long retainedPerView(int n, java.util.function.Supplier<com.vaadin.flow.component.Component> make)
            throws InterruptedException {
        UI ui = UI.getCurrent();
        long before = usedAfterGc();
        List<com.vaadin.flow.component.Component> views = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            com.vaadin.flow.component.Component view = make.get();
            ui.add(view);
            views.add(view);
        }
        MockVaadin.clientRoundtrip();
        long after = usedAfterGc();
        ui.remove(views.toArray(com.vaadin.flow.component.Component[]::new));
        MockVaadin.clientRoundtrip();
        return (after - before) / n;
    }

    private static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
