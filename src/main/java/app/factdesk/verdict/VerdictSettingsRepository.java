package app.factdesk.verdict;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface VerdictSettingsRepository extends JpaRepository<VerdictSettings, Long> {

    @Modifying
    @Query(value = "insert into verdict_settings (workspace_id) values (:workspaceId) on conflict do nothing",
            nativeQuery = true)
    void createIfMissing(long workspaceId);

    /** The settings row, locked: creating the default scale happens once per workspace, however many ask at once. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from VerdictSettings s where s.workspaceId = :workspaceId")
    Optional<VerdictSettings> lock(long workspaceId);
}
