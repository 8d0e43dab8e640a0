package app.factdesk.attest.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The desk's published keys: a JWK Set ({@code {"keys": [...]}}) whose entries are {@code OKP}/{@code Ed25519} keys
 * with {@code kid}, {@code x} and the Fact Desk members {@code validFrom}, {@code validUntil} and {@code fingerprint}.
 */
public record KeySet(List<PublishedKey> keys) {

    public Optional<PublishedKey> find(String keyId) {
        return keys.stream().filter(k -> k.keyId().equals(keyId)).findFirst();
    }

    /** Reads a key set. @throws IllegalArgumentException when it is not one */
    public static KeySet parse(JsonNode json) {
        JsonNode keys = json == null ? null : json.get("keys");
        if (keys == null || !keys.isArray()) {
            throw new IllegalArgumentException("not a key set: no \"keys\" array");
        }
        List<PublishedKey> parsed = new ArrayList<>();
        for (JsonNode key : keys) {
            if (!"OKP".equals(key.path("kty").asText()) || !"Ed25519".equals(key.path("crv").asText())) {
                continue;
            }
            try {
                parsed.add(new PublishedKey(key.path("kid").asText(), DetachedSignature.decode(key.path("x").asText()),
                        Instant.parse(key.path("validFrom").asText()),
                        key.path("validUntil").isTextual() ? Instant.parse(key.path("validUntil").asText()) : null));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("key " + key.path("kid").asText("?") + " is malformed", e);
            }
        }
        return new KeySet(List.copyOf(parsed));
    }

    /** This set as JSON, newest key first as given. */
    public ObjectNode toJson() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ArrayNode array = root.putArray("keys");
        for (PublishedKey key : keys) {
            array.add(jwk(key));
        }
        return root;
    }

    /** One key as a JWK with its validity period and fingerprint. */
    public static ObjectNode jwk(PublishedKey key) {
        ObjectNode jwk = JsonNodeFactory.instance.objectNode();
        jwk.put("kty", "OKP").put("crv", "Ed25519").put("alg", "EdDSA").put("use", "sig").put("kid", key.keyId())
                .put("x", DetachedSignature.encode(key.publicKey())).put("fingerprint", key.fingerprint())
                .put("validFrom", key.validFrom().toString());
        jwk.put("validUntil", key.validUntil() == null ? null : key.validUntil().toString());
        return jwk;
    }
}
