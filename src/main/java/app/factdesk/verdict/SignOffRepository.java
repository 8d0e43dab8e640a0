package app.factdesk.verdict;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SignOffRepository extends JpaRepository<SignOff, Long> {

    List<SignOff> findByVerdictIdInOrderByDecidedAtAscIdAsc(Collection<Long> verdictIds);

    long countByVerdictIdAndDecision(long verdictId, SignOffDecision decision);
}
