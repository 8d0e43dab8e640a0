package app.factdesk.verdict;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import app.factdesk.shared.scope.ScopedRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface VerdictSettingsRepository extends ScopedRepository<VerdictSettings, Long> {

    /** The settings of a workspace (the row's key is the workspace id). */
    Optional<VerdictSettings> findByWorkspaceId(long workspaceId);

    boolean existsByWorkspaceId(long workspaceId);

    @Modifying
    @Query(value = "insert into verdict_settings (workspace_id) values (:workspaceId) on conflict do nothing",
            nativeQuery = true)
    void createIfMissing(long workspaceId);

    /** The settings row, locked: creating the default scale happens once per workspace, however many ask at once. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from VerdictSettings s where s.workspaceId = :workspaceId")
    Optional<VerdictSettings> lock(long workspaceId);
}
