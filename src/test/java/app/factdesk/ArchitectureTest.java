package app.factdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import app.factdesk.shared.scope.ScopedRepository;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.Repository;

class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("app.factdesk");

    @Test
    void views_never_touch_repositories() {
        noClasses().that().resideInAPackage("..ui..").should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(classes);
    }

    @Test
    void services_never_depend_on_views() {
        noClasses().that().resideOutsideOfPackage("..ui..").and().haveSimpleNameEndingWith("Service")
                .should().dependOnClassesThat().resideInAPackage("..ui..").check(classes);
    }

    /**
     * Repositories of workspace-owned entities offer no unscoped {@code findById}/{@code findAll}/{@code deleteById}:
     * they extend {@link ScopedRepository}. Only the three account-level tables (not owned by a workspace) may use
     * a full {@code JpaRepository}.
     */
    @Test
    void repositories_of_workspace_owned_entities_expose_only_scoped_operations() {
        classes().that().areInterfaces().and().areAssignableTo(Repository.class)
                .and().doNotHaveSimpleName("ScopedRepository")
                .and().doNotHaveSimpleName("UserAccountRepository").and().doNotHaveSimpleName("SecurityEventRepository")
                .and().doNotHaveSimpleName("WorkspaceRepository")
                .should().beAssignableTo(ScopedRepository.class)
                .andShould().notBeAssignableTo(CrudRepository.class)
                .check(classes);
    }

    /**
     * A claim enters a verdict state only together with its verdict (ADR 009): the sign-off workflow is the only
     * caller of the claim module's verdict steps, and only those and the claim service's own person-level actions
     * apply a transition.
     */
    @Test
    void only_the_sign_off_workflow_moves_a_claim_into_a_verdict_state() {
        noClasses().that().doNotHaveFullyQualifiedName("app.factdesk.verdict.VerdictService")
                .and().doNotHaveFullyQualifiedName("app.factdesk.claim.VerdictSteps")
                .should().dependOnClassesThat().haveFullyQualifiedName("app.factdesk.claim.VerdictSteps")
                .check(classes);
        noClasses().that().doNotHaveFullyQualifiedName("app.factdesk.claim.VerdictSteps")
                .and().doNotHaveFullyQualifiedName("app.factdesk.claim.ClaimService")
                .should().callMethod("app.factdesk.claim.ClaimService", "changeState", "app.factdesk.claim.Claim",
                        "app.factdesk.claim.ClaimAction", "java.lang.String", "java.lang.Long")
                .check(classes);
        noClasses().that().doNotHaveFullyQualifiedName("app.factdesk.claim.ClaimService")
                .should().callMethod("app.factdesk.claim.Claim", "transition", "app.factdesk.claim.ClaimAction",
                        "app.factdesk.security.Role", "java.lang.String", "java.lang.Long", "java.time.Instant")
                .check(classes);
    }

    /** No public method but the sign-off step itself takes a claim action: nothing else can ask for a move. */
    @Test
    void no_public_entry_point_takes_a_claim_action_to_apply() {
        List<String> takers = classes.stream().flatMap(c -> c.getMethods().stream())
                .filter(m -> m.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC))
                .filter(m -> m.getRawParameterTypes().stream()
                        .anyMatch(t -> t.getName().equals("app.factdesk.claim.ClaimAction")))
                .map(m -> m.getOwner().getSimpleName() + "." + m.getName())
                .filter(name -> !name.startsWith("ClaimTransitions.")).distinct().sorted().toList();
        assertThat(takers).containsExactly("VerdictSteps.apply");
    }

    @Test
    void only_springs_transactional_is_used() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("jakarta.transaction.Transactional")
                .check(classes);
    }
}
