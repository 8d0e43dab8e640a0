package app.factdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;

/**
 * Every view is denied by default unless it says who may see it; only sign-in, report verification and error pages
 * are anonymous.
 */
class RouteAccessTest {

    private static final List<Class<? extends Annotation>> ACCESS =
            List.of(PermitAll.class, RolesAllowed.class, AnonymousAllowed.class, DenyAll.class);
    private static final Set<String> ANONYMOUS_ROUTES = Set.of("app.factdesk.security.ui.LoginView",
            "app.factdesk.workspace.ui.SetupView", "app.factdesk.attest.ui.VerifyView");

    private static Stream<Class<?>> scan(ClassPathScanningCandidateComponentProvider scanner) {
        return scanner.findCandidateComponents("app.factdesk").stream().map(bean -> {
            try {
                return Class.forName(bean.getBeanClassName());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static List<Class<?>> annotatedWith(Class<? extends Annotation> annotation) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(annotation));
        return scan(scanner).toList();
    }

    private static boolean hasAccessAnnotation(Class<?> type) {
        return ACCESS.stream().anyMatch(type::isAnnotationPresent);
    }

    @Test
    void every_route_and_layout_declares_who_may_see_it() {
        List<Class<?>> routes = annotatedWith(Route.class);
        assertThat(routes).hasSizeGreaterThanOrEqualTo(5);
        assertThat(Stream.concat(routes.stream(), annotatedWith(Layout.class).stream())
                .filter(type -> !hasAccessAnnotation(type)).map(Class::getName)).isEmpty();
    }

    @Test
    void only_the_login_first_run_setup_and_verify_routes_are_anonymous() {
        assertThat(annotatedWith(Route.class).stream().filter(type -> type.isAnnotationPresent(AnonymousAllowed.class))
                .map(Class::getName)).containsExactlyInAnyOrderElementsOf(ANONYMOUS_ROUTES);
    }

    @Test
    void error_views_are_reachable_by_anyone_and_nothing_else_is_anonymous() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(HasErrorParameter.class));
        List<Class<?>> errorViews = scan(scanner).toList();
        assertThat(errorViews).isNotEmpty();
        assertThat(errorViews).allMatch(type -> type.isAnnotationPresent(AnonymousAllowed.class));
        assertThat(errorViews).noneMatch(type -> type.isAnnotationPresent(Route.class));
    }
}
