package app.factdesk.verification;

import java.util.List;
import java.util.Optional;
import app.factdesk.shared.scope.ScopedRepository;

interface ChecklistRepository extends ScopedRepository<ChecklistItem, Long> {

    List<ChecklistItem> findByWorkspaceIdOrderByPositionAscIdAsc(long workspaceId);

    Optional<ChecklistItem> findByIdAndWorkspaceId(long id, long workspaceId);
}
