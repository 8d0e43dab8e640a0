package app.factdesk.attest.verify;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.SignerInformationVerifier;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.util.Selector;

/**
 * The RFC 3161 timestamp an export's signature may carry (ADR 018): a time-stamping authority's signed statement that
 * the signature existed at a time. The token's message imprint must be the SHA-256 of the signature bytes and the
 * token must be signed by the certificate it carries; whether that authority is trusted is the reader's decision (the
 * verdict names it; {@code openssl ts -verify} checks it against a CA file).
 */
public final class Timestamps {

    /** The member of the signature object that holds the token (base64 of its DER). */
    public static final String MEMBER = "timestamp";

    /** A failure (the verdict) or lines to add to a valid verdict. */
    record Result(Verdict failure, List<String> notes) {
    }

    private Timestamps() {
    }

    /** The bytes a timestamp request covers for {@code signature}: their SHA-256. */
    public static byte[] imprint(byte[] signature) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(signature);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Result check(com.fasterxml.jackson.databind.JsonNode signatureMember, byte[] signature) {
        if (signatureMember == null || !signatureMember.path(MEMBER).isTextual()) {
            return new Result(null, List.of());
        }
        byte[] token;
        try {
            token = Base64.getDecoder().decode(signatureMember.get(MEMBER).textValue());
        } catch (IllegalArgumentException e) {
            return failed("the signature's timestamp is unreadable (" + e.getMessage() + ")");
        }
        return check(token, signature);
    }

    /** Checks an RFC 3161 token (DER) against the signature bytes it should cover. */
    static Result check(byte[] encoded, byte[] signature) {
        TimeStampToken token;
        try {
            token = new TimeStampToken(new org.bouncycastle.cms.CMSSignedData(encoded));
        } catch (IllegalArgumentException | CMSException | TSPException | IOException e) {
            return failed("the signature's timestamp is unreadable (" + e.getMessage() + ")");
        }
        String describe = describe(token);
        if (!Arrays.equals(token.getTimeStampInfo().getMessageImprintDigest(), imprint(signature))
                || !"2.16.840.1.101.3.4.2.1".equals(
                        token.getTimeStampInfo().getMessageImprintAlgOID().getId())) {
            return failed("the signature's timestamp (" + describe + ") was made for other bytes than this signature");
        }
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> certificates = token.getCertificates()
                .getMatches((Selector<X509CertificateHolder>) (Selector<?>) token.getSID());
        if (certificates.isEmpty()) {
            return failed("the signature's timestamp (" + describe + ") does not carry its authority's certificate");
        }
        try {
            SignerInformationVerifier verifier = new JcaSimpleSignerInfoVerifierBuilder()
                    .build(certificates.iterator().next());
            token.validate(verifier);
        } catch (OperatorCreationException | java.security.cert.CertificateException | TSPException e) {
            return failed("the signature's timestamp (" + describe + ") does not verify: " + e.getMessage());
        }
        return new Result(null, List.of("timestamped " + describe));
    }

    static String describe(TimeStampToken token) {
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> certificates = token.getCertificates()
                .getMatches((Selector<X509CertificateHolder>) (Selector<?>) token.getSID());
        String authority = certificates.isEmpty() ? "an unnamed authority"
                : certificates.iterator().next().getSubject().toString();
        return "on " + token.getTimeStampInfo().getGenTime().toInstant() + " by " + authority;
    }

    private static Result failed(String reason) {
        return new Result(Verdict.invalid(null, reason), null);
    }
}
