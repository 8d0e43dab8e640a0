package app.factdesk.workspace;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import app.factdesk.shared.scope.ScopedRepository;

interface InvitationRepository extends ScopedRepository<Invitation, Long> {

    /** An invitation naming the signed-in person (by one of their names), in any workspace. */
    Optional<Invitation> findByIdAndInviteeIn(long id, Collection<String> invitees);

    List<Invitation> findByWorkspaceIdAndStatusOrderByCreatedAtDesc(long workspaceId, Invitation.Status status);

    Optional<Invitation> findByWorkspaceIdAndInviteeAndStatus(long workspaceId, String invitee,
            Invitation.Status status);

    Optional<Invitation> findByIdAndWorkspaceId(long id, long workspaceId);

    /** Pending invitations naming the signed-in person, in any workspace (spans workspaces on purpose). */
    List<Invitation> findByInviteeInAndStatusOrderByCreatedAtDesc(Collection<String> invitees,
            Invitation.Status status);
}
