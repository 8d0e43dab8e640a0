package app.factdesk.verdict;

import app.factdesk.shared.scope.ScopedRepository;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;

interface EvidenceFileRepository extends ScopedRepository<EvidenceFile, Long> {

    /** The file of a source the caller has already found in its workspace. */
    @Query("select f from EvidenceFile f where f.sourceId = :sourceId")
    Optional<EvidenceFile> findOfSource(long sourceId);
}
