package app.factdesk.security;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from UserAccount u where u.username = :username")
    Optional<UserAccount> lockByUsername(String username);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from UserAccount u where u.id = :id")
    Optional<UserAccount> lockById(long id);

    boolean existsByUsername(String username);

    boolean existsByEmail(String email);

    Optional<UserAccount> findByEmail(String email);

    /** Serializes first-run setup: a transaction-scoped advisory lock. */
    @Query(value = "select 1 from (select pg_advisory_xact_lock(7351001)) lock", nativeQuery = true)
    Integer lockInstallationSetup();

    List<UserAccount> findByIdIn(Collection<Long> ids);
}
