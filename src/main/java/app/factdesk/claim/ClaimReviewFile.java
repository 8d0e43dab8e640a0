package app.factdesk.claim;

import app.factdesk.shared.TextRules;
import app.factdesk.shared.UserFacingException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a file of schema.org ClaimReview JSON-LD as fact-checking sites publish it and as Fact Desk exports it: one
 * review, an array of them, a {@code @graph}, or a DataFeed whose items hold them (any object typed ClaimReview,
 * wherever it sits). Every review must name what was claimed, a rating, its publisher, a web address and a date;
 * the first one that does not is refused with its number, its line in the file and the field, so nothing of a bad
 * file is imported.
 */
final class ClaimReviewFile {

    static final int MAX_REVIEWS = 10_000;
    private static final JsonFactory FACTORY = new JsonFactory();

    record Review(int line, String claimReviewed, String rating, String publisher, String url, LocalDate published,
            String claimant, String language) {
    }

    private record Located(int line, ObjectNode node) {
    }

    private ClaimReviewFile() {
    }

    static List<Review> parse(byte[] bytes) {
        List<Located> found = new ArrayList<>();
        try (JsonParser parser = FACTORY.createParser(bytes)) {
            if (parser.nextToken() == null) {
                throw new UserFacingException("fact-check.import.empty");
            }
            read(parser, found);
            if (parser.nextToken() != null) {
                throw new UserFacingException("fact-check.import.not-json",
                        parser.currentTokenLocation().getLineNr());
            }
        } catch (JsonProcessingException e) {
            throw new UserFacingException("fact-check.import.not-json",
                    e.getLocation() == null ? 1 : e.getLocation().getLineNr());
        } catch (IOException e) {
            throw new UserFacingException("fact-check.import.not-json", 1);
        }
        if (found.isEmpty()) {
            throw new UserFacingException("fact-check.import.none");
        }
        if (found.size() > MAX_REVIEWS) {
            throw new UserFacingException("fact-check.import.too-many", MAX_REVIEWS);
        }
        List<Review> reviews = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            reviews.add(review(i + 1, found.get(i)));
        }
        return reviews;
    }

    private static JsonNode read(JsonParser parser, List<Located> found) throws IOException {
        JsonToken token = parser.currentToken();
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        switch (token) {
            case START_OBJECT -> {
                int line = parser.currentTokenLocation().getLineNr();
                ObjectNode object = nodes.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    object.set(name, read(parser, found));
                }
                if (isClaimReview(object.get("@type"))) {
                    found.add(new Located(line, object));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = nodes.arrayNode();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(read(parser, found));
                }
                return array;
            }
            case VALUE_STRING -> {
                return nodes.textNode(parser.getText());
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return nodes.textNode(parser.getText());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return nodes.booleanNode(token == JsonToken.VALUE_TRUE);
            }
            default -> {
                return nodes.nullNode();
            }
        }
    }

    private static boolean isClaimReview(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isClaimReview(t)) {
                    return true;
                }
            }
            return false;
        }
        String text = type.asText("");
        return text.equals("ClaimReview") || text.endsWith("schema.org/ClaimReview") || text.equals("schema:ClaimReview");
    }

    private static Review review(int number, Located at) {
        ObjectNode node = at.node();
        String claimReviewed = text(node.get("claimReviewed"));
        String rating = text(node.path("reviewRating").get("alternateName"));
        if (rating == null && node.path("reviewRating").has("ratingValue")) {
            String value = text(node.path("reviewRating").get("ratingValue"));
            String best = text(node.path("reviewRating").get("bestRating"));
            rating = value == null ? null : best == null ? value : value + "/" + best;
        }
        String publisher = name(node.get("author"));
        if (publisher == null) {
            publisher = name(node.get("publisher"));
        }
        String url = text(node.get("url"));
        String date = text(node.get("datePublished"));
        String claimant = name(node.path("itemReviewed").get("author"));
        String language = text(node.get("inLanguage"));
        require(number, at.line(), "claimReviewed", claimReviewed, 2000, true);
        require(number, at.line(), "reviewRating", rating, 200, false);
        require(number, at.line(), "author", publisher, 200, false);
        require(number, at.line(), "url", url, 2000, false);
        require(number, at.line(), "datePublished", date, 40, false);
        if (claimant != null && (claimant.length() > 200 || !TextRules.isValidLine(claimant))) {
            claimant = null; // optional: a claimant we cannot keep is left out rather than failing the file
        }
        if (language != null && (language.length() > 20 || !language.matches("[A-Za-z-]+"))) {
            language = null;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new UserFacingException("fact-check.import.field", number, at.line(), "url");
            }
        } catch (URISyntaxException e) {
            throw new UserFacingException("fact-check.import.field", number, at.line(), "url");
        }
        LocalDate published;
        try {
            published = LocalDate.parse(date.length() >= 10 ? date.substring(0, 10) : date);
        } catch (DateTimeParseException e) {
            throw new UserFacingException("fact-check.import.field", number, at.line(), "datePublished");
        }
        return new Review(at.line(), claimReviewed, rating, publisher, url, published, claimant, language);
    }

    private static void require(int number, int line, String field, String value, int max, boolean multiline) {
        if (value == null || value.length() > max
                || !(multiline ? TextRules.isValidMultiline(value) : TextRules.isValidLine(value))) {
            throw new UserFacingException("fact-check.import.field", number, line, field);
        }
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isContainerNode()) {
            return null;
        }
        String text = node.asText().strip();
        return text.isEmpty() ? null : text;
    }

    private static String name(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : name(node.get(0));
        }
        return node.isObject() ? text(node.get("name")) : text(node);
    }
}
