package app.factdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import app.factdesk.shared.scope.ScopedRepository;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
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

    @Test
    void only_springs_transactional_is_used() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("jakarta.transaction.Transactional")
                .check(classes);
    }
}
