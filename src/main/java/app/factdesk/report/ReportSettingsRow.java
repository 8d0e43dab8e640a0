package app.factdesk.report;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What ClaimReview says about the publisher: the organisation's name and URL, and the pattern of a published fact
 * check's URL, in which {@code {claimId}} stands for the claim's id.
 */
public record ReportSettingsRow(@NotBlank @Size(max = 200) String organisationName,
        @NotBlank @Size(max = 2000) @Pattern(regexp = "https?://\\S+") String organisationUrl,
        @NotBlank @Size(max = 2000) @Pattern(regexp = "https?://\\S*\\{claimId}\\S*") String publicationUrlPattern) {

    public static final String CLAIM_ID = "{claimId}";

    /** The publication URL of one claim's fact check. */
    public String publicationUrl(long claimId) {
        return publicationUrlPattern.replace(CLAIM_ID, Long.toString(claimId));
    }
}
