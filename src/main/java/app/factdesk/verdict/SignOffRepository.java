package app.factdesk.verdict;

import java.util.Collection;
import java.util.List;
import app.factdesk.shared.scope.ScopedRepository;

interface SignOffRepository extends ScopedRepository<SignOff, Long> {

    List<SignOff> findByVerdictIdInOrderByDecidedAtAscIdAsc(Collection<Long> verdictIds);

    long countByVerdictIdAndDecision(long verdictId, SignOffDecision decision);
}
