package app.factdesk.report;

import app.factdesk.shared.TextLanguage;
import app.factdesk.shared.UserFacingException;
import app.factdesk.verdict.VerdictRow;
import app.factdesk.verdict.VerdictSettingsRow;
import app.factdesk.verdict.VerdictStatus;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneOffset;
import org.springframework.stereotype.Component;

/**
 * schema.org ClaimReview JSON-LD, one object per claim with a published verdict; claims without one emit nothing.
 * The rating's {@code alternateName} is the label in the language of the verdict's rationale.
 */
@Component
class ClaimReviews {

    private final ObjectMapper json;

    ClaimReviews(ObjectMapper json) {
        this.json = json;
    }

    ArrayNode of(Report report, ReportSettingsRow settings, VerdictSettingsRow scale) {
        ArrayNode reviews = json.createArrayNode();
        for (ClaimReport section : report.claims()) {
            section.verdicts().stream().filter(v -> v.status() == VerdictStatus.PUBLISHED).findFirst()
                    .ifPresent(verdict -> reviews.add(review(report, section, verdict, settings, scale)));
        }
        return reviews;
    }

    /** The ClaimReview of one claim's published verdict in {@code report}; empty when it has none. */
    java.util.Optional<ObjectNode> ofClaim(Report report, long claimId, ReportSettingsRow settings,
            VerdictSettingsRow scale) {
        for (ClaimReport section : report.claims()) {
            if (section.claim().id() == claimId) {
                return section.verdicts().stream().filter(v -> v.status() == VerdictStatus.PUBLISHED).findFirst()
                        .map(verdict -> review(report, section, verdict, settings, scale));
            }
        }
        return java.util.Optional.empty();
    }

    private ObjectNode review(Report report, ClaimReport section, VerdictRow verdict, ReportSettingsRow settings,
            VerdictSettingsRow scale) {
        if (verdict.rating().ratingValue() == null) {
            throw new UserFacingException("export.rating-without-value");
        }
        String language = TextLanguage.detect(verdict.rationale());
        ObjectNode review = json.createObjectNode();
        review.put("@context", "https://schema.org");
        review.put("@type", "ClaimReview");
        review.put("url", settings.publicationUrl(section.claim().id()));
        review.put("claimReviewed", section.claim().statement());
        review.put("datePublished", verdict.publishedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString());
        review.put("inLanguage", language);
        ObjectNode author = review.putObject("author");
        author.put("@type", "Organization").put("name", settings.organisationName())
                .put("url", settings.organisationUrl());
        ObjectNode item = review.putObject("itemReviewed");
        item.put("@type", "Claim");
        if (section.claim().claimant() != null) {
            item.putObject("author").put("@type", "Person").put("name", section.claim().claimant());
        }
        var claimDate = section.claim().claimDate() != null ? section.claim().claimDate()
                : report.article().publishedOn();
        if (claimDate != null) {
            item.put("datePublished", claimDate.toString());
        }
        if (report.article().url() != null) {
            item.putObject("appearance").put("@type", "CreativeWork").put("url", report.article().url());
        }
        ObjectNode rating = review.putObject("reviewRating");
        rating.put("@type", "Rating").put("ratingValue", verdict.rating().ratingValue())
                .put("bestRating", scale.bestRating()).put("worstRating", scale.worstRating())
                .put("alternateName", "ar".equals(language) ? verdict.rating().labelAr() : verdict.rating().labelEn());
        return review;
    }
}
