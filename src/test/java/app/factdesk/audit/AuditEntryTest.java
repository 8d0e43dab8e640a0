package app.factdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import app.factdesk.shared.Auditable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditEntryTest {

    private static AuditEntry entry(Object before, Object after) {
        return new AuditEntry(7, 42L, Instant.parse("2021-10-14T09:30:00.123456789Z"), 3L, "editor", "claim.edited",
                "claim", "99", "UI", CanonicalJson.tree(before), CanonicalJson.tree(after));
    }

    @Test
    void the_canonical_form_is_a_json_array_in_the_documented_order_with_microseconds_in_utc() {
        AuditEntry entry = entry(Auditable.fields("statement", "old", "claimant", null),
                Auditable.fields("statement", "new", "claimant", "دميتري بيسكوف"));
        assertThat(new String(entry.canonicalBytes(), StandardCharsets.UTF_8)).isEqualTo(
                "[\"fd-audit/1\",7,42,\"2021-10-14T09:30:00.123456Z\",3,\"editor\",\"claim.edited\",\"claim\",\"99\","
                        + "\"UI\",{\"claimant\":null,\"statement\":\"old\"},"
                        + "{\"claimant\":\"دميتري بيسكوف\",\"statement\":\"new\"}]");
    }

    @Test
    void nulls_are_written_out_for_account_level_events_without_actor_or_values() {
        AuditEntry entry = new AuditEntry(1, null, Instant.parse("2025-01-01T00:00:00Z"), null, null,
                "auth.login_failed", "account", null, "UI", null, null);
        assertThat(new String(entry.canonicalBytes(), StandardCharsets.UTF_8)).isEqualTo(
                "[\"fd-audit/1\",1,null,\"2025-01-01T00:00:00.000000Z\",null,null,\"auth.login_failed\",\"account\","
                        + "null,\"UI\",null,null]");
    }

    @Test
    void the_hash_is_sha256_of_the_previous_hash_bytes_followed_by_the_canonical_bytes() throws Exception {
        AuditEntry entry = entry(null, Auditable.fields("tags", List.of("kremlin")));
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update(new byte[32]);
        String expected = HexFormat.of().formatHex(sha.digest(entry.canonicalBytes()));
        assertThat(entry.hash(AuditEntry.GENESIS)).isEqualTo(expected).hasSize(64).matches("[0-9a-f]{64}");
        assertThat(entry.hash(expected)).isNotEqualTo(expected);
    }

    @Test
    void values_read_back_from_jsonb_hash_like_the_values_written() {
        Object after = Auditable.fields("score", 0.8734, "tiny", 1.0E-7, "count", 12, "date",
                LocalDate.of(2021, 10, 14), "quote", "نولاند،\u00a0 في \"موسكو\"\n\\", "nested",
                Auditable.fields("b", true, "a", List.of()));
        AuditEntry written = entry(null, after);
        String asJsonbPrintsIt = "{\"date\": \"2021-10-14\", \"tiny\": 0.00000010, \"count\": 12, \"score\": 0.87340, "
                + "\"quote\": \"نولاند،\u00a0 في \\\"موسكو\\\"\\n\\\\\", \"nested\": {\"a\": [], \"b\": true}}";
        AuditEntry read = new AuditEntry(7, 42L, written.occurredAt(), 3L, "editor", "claim.edited", "claim", "99",
                "UI", null, CanonicalJson.parse(asJsonbPrintsIt));
        assertThat(read.hash(AuditEntry.GENESIS)).isEqualTo(written.hash(AuditEntry.GENESIS));
    }

    @Test
    void keys_sort_by_code_unit_strings_escape_only_quotes_backslashes_and_controls() {
        String json = CanonicalJson.write(CanonicalJson.tree(Auditable.fields("b", "\t\"x\"", "B", 1.50, "a", -0.0)));
        assertThat(json).isEqualTo("{\"B\":1.5,\"a\":0,\"b\":\"\\u0009\\\"x\\\"\"}");
    }

    @Test
    void one_changed_character_changes_the_hash() {
        String original = entry(null, Auditable.fields("statement", "42 people")).hash(AuditEntry.GENESIS);
        String altered = entry(null, Auditable.fields("statement", "43 people")).hash(AuditEntry.GENESIS);
        assertThat(altered).isNotEqualTo(original);
    }
}
