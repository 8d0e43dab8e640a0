package app.factdesk.verification;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChecklistRepository extends JpaRepository<ChecklistItem, Long> {

    List<ChecklistItem> findByWorkspaceIdOrderByPositionAscIdAsc(long workspaceId);

    Optional<ChecklistItem> findByIdAndWorkspaceId(long id, long workspaceId);
}
