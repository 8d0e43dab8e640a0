package app.factdesk.attest;

import app.factdesk.attest.verify.Ed25519;
import app.factdesk.attest.verify.KeySet;
import app.factdesk.attest.verify.PublishedKey;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The {@code signing_key} table: installation-wide, no workspace, private keys only sealed. */
@Component
class SigningKeys {

    record Current(String keyId, PrivateKey privateKey) {
    }

    /** The current PDF signing key (ECDSA P-256) with its self-issued certificate. */
    record DocumentKey(String keyId, PrivateKey privateKey, X509Certificate certificate) {
    }


    private final JdbcTemplate jdbc;
    private final KeyEncryption encryption;

    SigningKeys(DataSource dataSource, KeyEncryption encryption) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.encryption = encryption;
    }

    List<PublishedKey> published() {
        return jdbc.query("select key_id, public_key, valid_from, valid_until from signing_key where algorithm = "
                + "'Ed25519' order by valid_from desc, id desc", (rs, n) -> new PublishedKey(rs.getString(1), rs.getBytes(2), instant(rs, 3),
                        instant(rs, 4)));
    }

    Optional<Current> current() {
        return jdbc.query("select key_id, private_key from signing_key where valid_until is null and algorithm = "
                + "'Ed25519'", rs -> rs.next()
                ? Optional.of(new Current(rs.getString(1), privateKey(encryption.open(rs.getBytes(2),
                        rs.getString(1))))) : Optional.empty());
    }

    /** Retires the current key (if any) at {@code now} and makes a new one current from {@code now}. */
    PublishedKey replace(Instant now) {
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        jdbc.update("update signing_key set valid_until = ? where valid_until is null", at);
        insertDocumentKey(now);
        return insert(now);
    }

    List<KeySet.PublishedCertificate> certificates() {
        return jdbc.query("select key_id, certificate, valid_from, valid_until from signing_key where algorithm = "
                + "'ES256' order by valid_from desc, id desc", (rs, n) -> new KeySet.PublishedCertificate(
                        rs.getString(1), rs.getBytes(2), instant(rs, 3), instant(rs, 4)));
    }

    Optional<DocumentKey> currentDocumentKey() {
        return jdbc.query("select key_id, private_key, certificate from signing_key where valid_until is null and "
                + "algorithm = 'ES256'", rs -> rs.next() ? Optional.of(new DocumentKey(rs.getString(1),
                        DocumentCertificates.privateKey(encryption.open(rs.getBytes(2), rs.getString(1))),
                        DocumentCertificates.parse(rs.getBytes(3)))) : Optional.empty());
    }

    private void insertDocumentKey(Instant now) {
        DocumentCertificates.Issued issued = DocumentCertificates.issue(now);
        jdbc.update("insert into signing_key (key_id, algorithm, public_key, private_key, certificate, valid_from) "
                + "values (?, 'ES256', ?, ?, ?, ?)", issued.keyId(), issued.publicKey(),
                encryption.seal(issued.privateKey(), issued.keyId()), issued.certificate(),
                OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
    }

    /** Creates the first key unless one is current; true if it did. */
    boolean createIfNone(Instant now) {
        jdbc.execute("lock table signing_key in share row exclusive mode");
        boolean created = false;
        if (currentDocumentKey().isEmpty()) {
            insertDocumentKey(now);
            created = true;
        }
        if (current().isEmpty()) {
            insert(now);
            created = true;
        }
        return created;
    }

    private PublishedKey insert(Instant now) {
        KeyPair pair = generate();
        byte[] raw = Ed25519.raw(pair.getPublic());
        String keyId = Ed25519.keyId(raw);
        jdbc.update("insert into signing_key (key_id, algorithm, public_key, private_key, valid_from) "
                + "values (?, 'Ed25519', ?, ?, ?)", keyId, raw, encryption.seal(pair.getPrivate().getEncoded(), keyId),
                OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
        return new PublishedKey(keyId, raw, now, null);
    }

    private static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey privateKey(byte[] pkcs8) {
        try {
            return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
