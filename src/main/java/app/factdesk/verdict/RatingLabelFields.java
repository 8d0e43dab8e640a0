package app.factdesk.verdict;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an admin edits on a rating label; a null {@code ratingValue} puts it outside the numeric scale. */
public record RatingLabelFields(@NotBlank @Size(max = 60) String labelEn, @NotBlank @Size(max = 60) String labelAr,
        Integer ratingValue, @NotBlank @Pattern(regexp = "#[0-9a-fA-F]{6}") String colour,
        @Size(max = 500) String description) {
}
