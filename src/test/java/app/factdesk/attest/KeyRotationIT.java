package app.factdesk.attest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.factdesk.IntegrationTest;
import app.factdesk.OwnerDatabase;
import app.factdesk.TestUsers;
import app.factdesk.attest.verify.PublishedKey;
import app.factdesk.attest.verify.VerifyCommand;
import app.factdesk.verdict.VerdictDesk;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;

/** Keys are sealed, published without sign-in and rotated by admins; exports from before and after both verify. */
@IntegrationTest
class KeyRotationIT {

    @Autowired
    SignedExports exports;
    @Autowired
    AttestationService attestation;
    @Autowired
    TestUsers users;
    @Autowired
    OwnerDatabase owner;
    @Autowired
    ObjectMapper json;
    @LocalServerPort
    int port;
    @TempDir
    Path dir;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void exports_signed_before_and_after_a_rotation_both_verify_offline_with_the_published_keys() throws Exception {
        VerdictDesk.Desk desk = exports.desk();
        byte[] before = exports.rangeReport(desk);
        PublishedKey rotated = users.as(desk.admin(), attestation::rotateKey);
        byte[] after = exports.rangeReport(desk);
        Files.write(dir.resolve("before.json"), before);
        Files.write(dir.resolve("after.json"), after);
        Files.write(dir.resolve("keys.json"), fetchKeys());

        String first = run(0, "before.json", "--keys", dir.resolve("keys.json").toString());
        String second = run(0, "after.json", "--keys", dir.resolve("keys.json").toString());

        assertThat(second).contains("signed by key " + rotated.keyId());
        assertThat(first).startsWith("valid: ").doesNotContain(rotated.keyId()).doesNotContain("warning");
        JsonNode keys = json.readTree(Files.readAllBytes(dir.resolve("keys.json"))).get("keys");
        assertThat(keys.get(0).get("kid").asText()).isEqualTo(rotated.keyId());
        assertThat(keys.get(0).get("validUntil").isNull()).isTrue();
        assertThat(keys.get(1).get("validUntil").asText()).isEqualTo(keys.get(0).get("validFrom").asText());
        assertThat(keys.get(1).get("fingerprint").asText()).hasSize(64);
    }

    @Test
    void the_command_says_invalid_with_exit_1_and_unreadable_with_exit_2() throws Exception {
        VerdictDesk.Desk desk = exports.desk();
        ObjectNode document = exports.parse(exports.rangeReport(desk));
        long seq = document.get("auditEvents").get(1).get("seq").longValue();
        ((ObjectNode) document.get("auditEvents").get(1)).put("action", "claim.deleted");
        Files.write(dir.resolve("tampered.json"), exports.write(document));
        Files.writeString(dir.resolve("garbage.json"), "%PDF-1.7 not json");

        assertThat(run(1, "tampered.json")).startsWith("invalid: event " + seq + ": its content does not match");
        assertThat(run(2, "garbage.json")).startsWith("unreadable: ");
        assertThat(run(2, "missing.json")).startsWith("unreadable: ");
    }

    @Test
    void without_published_keys_the_command_verifies_with_the_embedded_key_and_says_so() throws Exception {
        Files.write(dir.resolve("report.json"), exports.rangeReport(exports.desk()));

        assertThat(run(0, "report.json")).contains("warning: the key was read from the file itself");
    }

    @Test
    void the_private_keys_are_stored_sealed_never_in_pkcs8() {
        List<byte[]> sealed = owner.jdbc().queryForList("select private_key from signing_key where algorithm = "
                + "'Ed25519'", byte[].class);
        List<byte[]> sealedPdfKeys = owner.jdbc().queryForList("select private_key from signing_key where "
                + "algorithm = 'ES256'", byte[].class);
        List<byte[]> publicPdfKeys = owner.jdbc().queryForList("select public_key from signing_key where "
                + "algorithm = 'ES256'", byte[].class);

        assertThat(sealed).isNotEmpty().allSatisfy(key -> assertThat(HexFormat.of().formatHex(key))
                .doesNotContain("302e020100300506032b657004220420").hasSize(2 * (12 + 48 + 16)));
        // PKCS#8 of a P-256 key starts with its algorithm identifiers (id-ecPublicKey, prime256v1) in clear.
        assertThat(sealedPdfKeys).isNotEmpty().allSatisfy(key -> assertThat(HexFormat.of().formatHex(key))
                .doesNotContain("06072a8648ce3d020106082a8648ce3d030107"));
        assertThat(publicPdfKeys).allSatisfy(key -> assertThat(HexFormat.of().formatHex(key))
                .contains("06072a8648ce3d020106082a8648ce3d030107"));
    }

    @Test
    void only_admins_rotate_and_only_editors_sign() {
        VerdictDesk.Desk desk = exports.desk();

        assertThatThrownBy(() -> users.as(desk.editor(), attestation::rotateKey))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(desk.checker(), () -> attestation.sign(json.createObjectNode())))
                .isInstanceOf(AccessDeniedException.class);
    }

    private byte[] fetchKeys() throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/.well-known/factdesk-keys.json")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        return response.body();
    }

    private String run(int exitCode, String file, String... options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] args = new String[options.length + 1];
        args[0] = dir.resolve(file).toString();
        System.arraycopy(options, 0, args, 1, options.length);
        int code = VerifyCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as(text).isEqualTo(exitCode);
        return text;
    }
}
