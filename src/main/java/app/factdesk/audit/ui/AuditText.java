package app.factdesk.audit.ui;

import app.factdesk.audit.AuditActions;
import app.factdesk.audit.AuditRow;
import app.factdesk.shared.ui.TranslationProvider;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How an audit event reads on screen: the action's translated label ({@code audit.action.*}) and one line per changed
 * field, "State: In verification → Verdict proposed", with field names ({@code audit.field.*}) and enum values
 * (claim states, verdict and task statuses, priorities, roles, source types and stances) translated. A name without a
 * translation is shown as stored. The stored JSON stays as it is in the JSON and CSV exports.
 */
public final class AuditText {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ENUM = Pattern.compile("[A-Z][A-Z_]*");
    private static final int LONGEST = 160;
    private static final JsonNode EMPTY = JSON.createObjectNode();

    private final Component context;

    private AuditText(Component context) {
        this.context = context;
    }

    /** Texts in the language of the UI that {@code context} belongs to. */
    public static AuditText in(Component context) {
        return new AuditText(context);
    }

    /** The action as a sentence fragment, e.g. "Verdict proposed" for {@code claim.verdict_proposed}. */
    public String action(String stored) {
        String label = AuditActions.label(stored);
        return label == null ? "" : translated("audit.action." + label, label);
    }

    /**
     * One readable line per field that the event records, in the order the event lists them; the fields of a nested
     * object (a claim's anchor) get lines of their own.
     */
    public List<String> changes(AuditRow row) {
        List<String> lines = new ArrayList<>();
        lines(row.objectType(), tree(row.before()), tree(row.after()), lines);
        return lines;
    }

    private void lines(String objectType, JsonNode before, JsonNode after, List<String> lines) {
        Set<String> fields = new LinkedHashSet<>();
        before.fieldNames().forEachRemaining(fields::add);
        after.fieldNames().forEachRemaining(fields::add);
        for (String field : fields) {
            JsonNode was = before.get(field);
            JsonNode now = after.get(field);
            if (isObject(was) || isObject(now)) {
                lines(objectType, isObject(was) ? was : EMPTY, isObject(now) ? now : EMPTY, lines);
                continue;
            }
            String label = translated("audit.field." + field, field);
            if (was == null) {
                lines.add(label + ": " + value(objectType, field, now));
            } else {
                lines.add(label + ": " + value(objectType, field, was) + arrow() + value(objectType, field, now));
            }
        }
    }

    private static boolean isObject(JsonNode node) {
        return node != null && node.isObject();
    }

    private String value(String objectType, String field, JsonNode value) {
        if (value == null || value.isNull()) {
            return dash();
        }
        if (value.isBoolean()) {
            return translated(value.asBoolean() ? "audit.value.yes" : "audit.value.no", value.asText());
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(value(objectType, field, item)));
            return items.isEmpty() ? dash() : String.join(", ", items);
        }
        String text = value.isValueNode() ? value.asText() : value.toString();
        if (ENUM.matcher(text).matches()) {
            String prefix = enumPrefix(objectType, field);
            if (prefix != null) {
                return translated(prefix + text, text);
            }
        }
        return text.length() > LONGEST ? text.substring(0, LONGEST) + "…" : text;
    }

    private static String enumPrefix(String objectType, String field) {
        return switch (field) {
            case "state" -> "state.";
            case "status" -> "task".equals(objectType) ? "task.status." : "verdict.status.";
            case "priority" -> "priority.";
            case "role" -> "role.";
            case "type" -> "source.type.";
            case "stance" -> "source.stance.";
            default -> null;
        };
    }

    /** "→" reading left to right, "←" in Arabic, where "before" stands on the right. */
    private String arrow() {
        return TranslationProvider.isRightToLeft(locale()) ? " ← " : " → ";
    }

    private String dash() {
        return "—";
    }

    private String translated(String key, String fallback) {
        return TranslationProvider.has(key, locale()) ? context.getTranslation(key) : fallback;
    }

    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? TranslationProvider.ENGLISH : ui.getLocale();
    }

    private static JsonNode tree(String json) {
        if (json == null || json.isBlank()) {
            return JSON.createObjectNode();
        }
        try {
            JsonNode node = JSON.readTree(json);
            return node.isObject() ? node : JSON.createObjectNode().set("value", node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
