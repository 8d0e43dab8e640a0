package app.factdesk.verdict;

import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A verdict to propose on a claim: a label of the scale, the rationale in plain text, the sources it relies on. The
 * service refuses a blank rationale and an empty source list with messages of their own.
 */
public record ProposeVerdict(long claimId, long ratingLabelId, @Size(max = 20_000) String rationale,
        List<Long> sourceIds) {
}
