package app.factdesk.workspace;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface InvitationRepository extends JpaRepository<Invitation, Long> {

    List<Invitation> findByWorkspaceIdAndStatusOrderByCreatedAtDesc(long workspaceId, Invitation.Status status);

    Optional<Invitation> findByWorkspaceIdAndInviteeAndStatus(long workspaceId, String invitee,
            Invitation.Status status);

    Optional<Invitation> findByIdAndWorkspaceId(long id, long workspaceId);

    /** Pending invitations naming the signed-in person, in any workspace (spans workspaces on purpose). */
    List<Invitation> findByInviteeInAndStatusOrderByCreatedAtDesc(Collection<String> invitees,
            Invitation.Status status);
}
