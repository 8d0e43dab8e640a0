package app.factdesk.shared.scope;

import java.util.List;
import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.data.repository.Repository;

/**
 * The base of every repository of a workspace-owned entity: it saves and deletes entities the caller already holds,
 * and offers no unscoped look-up ({@code findById}, {@code findAll}, {@code deleteById}...). Each repository declares
 * its finders with the workspace in them; row-level security backs them up (ADR 017). {@code ArchitectureTest}
 * keeps workspace-owned repositories from extending {@code JpaRepository} again.
 */
@NoRepositoryBean
public interface ScopedRepository<T, ID> extends Repository<T, ID> {

    <S extends T> S save(S entity);

    <S extends T> S saveAndFlush(S entity);

    <S extends T> List<S> saveAll(Iterable<S> entities);

    void delete(T entity);

    void flush();
}
