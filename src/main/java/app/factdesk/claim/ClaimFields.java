package app.factdesk.claim;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** What the team writes about a claim: the normalized statement (any language) and its particulars. */
public record ClaimFields(
        @NotBlank @Size(max = ClaimFields.MAX_STATEMENT) String statement,
        @Size(max = 200) String claimant,
        LocalDate claimDate,
        Priority priority,
        @Size(max = 20) List<@NotBlank @Size(max = 40) String> tags) {

    public static final int MAX_STATEMENT = 500;

    /** Tags trimmed, lower-cased (in the root locale, so Arabic is untouched), without duplicates. */
    public List<String> normalizedTags() {
        return tags == null ? List.of()
                : tags.stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).filter(t -> !t.isEmpty()).distinct()
                        .toList();
    }
}
