package app.factdesk.verdict;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A source to add to a claim; {@code reliability} runs from 1 (unreliable) to 5 (reliable). */
public record AddSource(long claimId, @NotBlank @Size(max = 2000) String url, @NotBlank @Size(max = 500) String title,
        @Size(max = 200) String publisher, @NotNull SourceType type, @Size(max = 10_000) String excerpt,
        @NotNull LocalDate accessedOn, @NotNull Stance stance, @Min(1) @Max(5) int reliability) {
}
