package app.factdesk.attest;

import app.factdesk.attest.verify.Timestamps;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Calendar;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.Function;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSTypedData;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Signs a PDF as PAdES baseline B-B (ETSI EN 319 142-1): an incremental update adds a signature dictionary with
 * sub-filter {@code ETSI.CAdES.detached}, whose CMS SignedData (ECDSA P-256, SHA-256) carries the signing certificate
 * and its ESS signing-certificate-v2 attribute, and no CMS signing-time (the time is the dictionary's {@code M}).
 * With a time-stamping authority, the signer info gets a signature timestamp token (baseline B-T).
 */
final class PdfSigner {

    private static final int SIGNATURE_SPACE = 24 * 1024;

    private PdfSigner() {
    }

    /**
     * Appends the signature to the PDF as an incremental update written here rather than by PDFBox, whose incremental
     * save parses every object of the file first: for a 10,000-claim report that was the largest heap of the whole
     * export (ADR 023). PDFBox reads only the trailer, the catalog and the first page (objects are parsed when
     * touched); the update holds the catalog with a signature form, the first page with the signature's widget, the
     * signature dictionary, the widget's empty appearance and a cross-reference stream. The signed byte ranges are
     * streamed from the file through the digest, and the file is then copied to {@code out} with the update after it.
     */
    static void sign(java.nio.file.Path pdf, SigningKeys.DocumentKey key, String manifest, Instant at,
            Function<byte[], byte[]> timestamp, OutputStream out) throws IOException {
        long length = java.nio.file.Files.size(pdf);
        Increment update = new Increment(length);
        int contentsStart;
        int contentsEnd;
        int byteRangeAt;
        try (PDDocument document = Loader.loadPDF(pdf.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
            COSDocument file = document.getDocument();
            COSDictionary trailer = file.getTrailer();
            COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
            COSDictionary page = document.getPage(0).getCOSObject();
            if (catalog.containsKey(COSName.ACRO_FORM) || catalog.getKey() == null || page.getKey() == null) {
                throw new IOException("Only a report as rendered, with no form yet, can be signed");
            }
            int size = trailer.getInt(COSName.SIZE);
            int signature = size;
            int field = size + 1;
            int appearance = size + 2;
            int crossReferences = size + 3;

            COSDictionary signedCatalog = copy(catalog);
            COSDictionary form = new COSDictionary();
            COSArray fields = new COSArray();
            fields.add(new Ref(field));
            form.setItem(COSName.FIELDS, fields);
            form.setInt(COSName.SIG_FLAGS, 3);
            signedCatalog.setItem(COSName.ACRO_FORM, form);
            update.object(catalog.getKey(), signedCatalog);

            COSDictionary signedPage = copy(page);
            COSArray annotations = new COSArray();
            if (page.getDictionaryObject(COSName.ANNOTS) instanceof COSArray existing) {
                for (int i = 0; i < existing.size(); i++) {
                    annotations.add(existing.get(i));
                }
            }
            annotations.add(new Ref(field));
            signedPage.setItem(COSName.ANNOTS, annotations);
            update.object(page.getKey(), signedPage);

            Calendar when = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
            when.setTimeInMillis(at.toEpochMilli());
            update.begin(signature);
            update.text("<</Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached /Name ");
            update.value(new COSString("Fact Desk (" + key.keyId() + ")"));
            update.text(" /Reason ");
            update.value(new COSString("Audit report exported from Fact Desk"
                    + (manifest == null ? "" : "; " + manifest)));
            update.text(" /M ");
            update.value(new COSString(org.apache.pdfbox.util.DateConverter.toString(when)));
            update.text(" /Contents ");
            contentsStart = update.position();
            update.text("<" + "0".repeat(2 * SIGNATURE_SPACE) + ">");
            contentsEnd = update.position();
            update.text(" /ByteRange [");
            byteRangeAt = update.position();
            update.text(" ".repeat(BYTE_RANGE_SPACE) + "]>>");
            update.end();

            update.begin(field);
            update.text("<</FT /Sig /T (Signature1) /V " + signature + " 0 R /Type /Annot /Subtype /Widget /F 132 "
                    + "/Rect [0 0 0 0] /P ");
            update.value(new Ref(page.getKey()));
            update.text(" /AP <</N " + appearance + " 0 R>>>>");
            update.end();

            update.begin(appearance);
            update.text("<</Type /XObject /Subtype /Form /BBox [0 0 0 0] /Length 0>>\nstream\n\nendstream");
            update.end();

            update.crossReferences(crossReferences, file.getStartXref(), trailer);
        }
        byte[] written = update.bytes(); // complete but for the byte range's numbers and the signature
        long total = length + written.length;
        long afterContents = length + contentsEnd;
        String byteRange = "0 " + (length + contentsStart) + " " + afterContents + " " + (total - afterContents);
        if (byteRange.length() > BYTE_RANGE_SPACE) {
            throw new IOException("A PDF too long to sign");
        }
        byte[] range = byteRange.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(range, 0, written, byteRangeAt, range.length);
        byte[] cms;
        try (InputStream signed = new java.io.SequenceInputStream(java.util.Collections.enumeration(List.of(
                java.nio.file.Files.newInputStream(pdf), new java.io.ByteArrayInputStream(written, 0, contentsStart),
                new java.io.ByteArrayInputStream(written, contentsEnd, written.length - contentsEnd))))) {
            cms = cms(signed, key, timestamp);
        }
        if (cms.length > SIGNATURE_SPACE) {
            throw new IOException("A signature larger than the space kept for it: " + cms.length + " bytes");
        }
        byte[] hex = java.util.HexFormat.of().withUpperCase().formatHex(cms).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(hex, 0, written, contentsStart + 1, hex.length);
        java.nio.file.Files.copy(pdf, out);
        out.write(written);
    }

    /** The number of characters kept for the byte range's four numbers. */
    private static final int BYTE_RANGE_SPACE = 60;

    /** A dictionary's entries as they are, references kept as references. */
    private static COSDictionary copy(COSDictionary dictionary) {
        COSDictionary copy = new COSDictionary();
        for (java.util.Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
            copy.setItem(entry.getKey(), entry.getValue());
        }
        return copy;
    }

    /** An incremental update, kept in memory (a few objects and the space for the signature) until it is written. */
    private static final class Increment {
        private final long base;
        private final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(64 * 1024);
        private final java.util.TreeMap<Long, Long> offsets = new java.util.TreeMap<>();

        Increment(long base) {
            this.base = base;
            text("\n");
        }

        int position() {
            return bytes.size();
        }

        void begin(long number) {
            offsets.put(number, base + bytes.size());
            text(number + " 0 obj\n");
        }

        void end() {
            text("\nendobj\n");
        }

        void object(COSObjectKey key, COSDictionary dictionary) throws IOException {
            if (key.getGeneration() != 0) {
                throw new IOException("Only objects of generation 0 are updated");
            }
            begin(key.getNumber());
            value(dictionary);
            end();
        }

        void text(String text) {
            bytes.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
        }

        /** A value as written in the file: references as references, direct dictionaries and arrays in place. */
        void value(COSBase value) throws IOException {
            if (value instanceof Ref reference) {
                text(reference.number + " " + reference.generation + " R");
            } else if (value instanceof COSObject reference) {
                COSObjectKey key = reference.getKey();
                text(key.getNumber() + " " + key.getGeneration() + " R");
            } else if (value instanceof COSDictionary dictionary) {
                text("<<");
                for (java.util.Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
                    entry.getKey().writePDF(bytes);
                    text(" ");
                    value(entry.getValue());
                    text("\n");
                }
                text(">>");
            } else if (value instanceof COSArray array) {
                text("[");
                for (int i = 0; i < array.size(); i++) {
                    value(array.get(i));
                    text(" ");
                }
                text("]");
            } else if (value instanceof COSString string) {
                COSWriter.writeString(string, bytes);
            } else if (value == null || value instanceof COSNull) {
                text("null");
            } else if (value instanceof COSName name) {
                name.writePDF(bytes);
            } else if (value instanceof COSInteger integer) {
                integer.writePDF(bytes);
            } else if (value instanceof COSFloat number) {
                number.writePDF(bytes);
            } else if (value instanceof COSBoolean bool) {
                bool.writePDF(bytes);
            } else {
                throw new IOException("Cannot write " + value.getClass().getName());
            }
        }

        /**
         * A cross-reference stream for the objects of the update, after the file's last one ({@code /Prev}), with
         * the file's root, information and identifiers.
         */
        void crossReferences(int number, long previous, COSDictionary trailer) throws IOException {
            begin(number);
            ByteArrayOutputStream rows = new ByteArrayOutputStream();
            StringBuilder index = new StringBuilder();
            for (java.util.Map.Entry<Long, Long> entry : offsets.entrySet()) {
                index.append(entry.getKey()).append(" 1 ");
                long offset = entry.getValue();
                rows.write(1);
                for (int shift = 32; shift >= 0; shift -= 8) {
                    rows.write((int) (offset >>> shift) & 0xFF);
                }
                rows.write(0);
                rows.write(0);
            }
            text("<</Type /XRef /Size " + (number + 1) + " /Index [" + index + "] /W [1 5 2] /Prev " + previous
                    + " /Root ");
            value(trailer.getItem(COSName.ROOT));
            if (trailer.getItem(COSName.INFO) != null) {
                text(" /Info ");
                value(trailer.getItem(COSName.INFO));
            }
            if (trailer.getItem(COSName.ID) != null) {
                text(" /ID ");
                value(trailer.getItem(COSName.ID));
            }
            text(" /Length " + rows.size() + ">>\nstream\n");
            rows.writeTo(bytes);
            text("\nendstream");
            end();
            text("startxref\n" + offsets.get((long) number) + "\n%%EOF\n");
        }

        byte[] bytes() {
            return bytes.toByteArray();
        }
    }

    /** A reference by number to an object of the update, or to one of the file by its key. */
    private static final class Ref extends COSBase {
        private final long number;
        private final int generation;

        Ref(long number) {
            this(number, 0);
        }

        Ref(COSObjectKey key) {
            this(key.getNumber(), key.getGeneration());
        }

        private Ref(long number, int generation) {
            this.number = number;
            this.generation = generation;
        }

        @Override
        public void accept(org.apache.pdfbox.cos.ICOSVisitor visitor) {
            throw new UnsupportedOperationException("Written by PdfSigner only");
        }
    }

    private static byte[] cms(InputStream content, SigningKeys.DocumentKey key, Function<byte[], byte[]> timestamp)
            throws IOException {
        try {
            X509Certificate certificate = key.certificate();
            X509CertificateHolder holder = new JcaX509CertificateHolder(certificate);
            ESSCertIDv2 certId = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256),
                    MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()),
                    new IssuerSerial(new GeneralNames(new GeneralName(holder.getIssuer())),
                            holder.getSerialNumber()));
            ASN1EncodableVector attributes = new ASN1EncodableVector();
            attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {certId}))));
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(new WithoutSigningTime(new AttributeTable(attributes)))
                    .build(new JcaContentSignerBuilder("SHA256withECDSA").build(key.privateKey()), certificate));
            generator.addCertificates(new JcaCertStore(List.of(certificate)));
            CMSSignedData signed = generator.generate(new ReadOnce(content), false);
            if (timestamp != null) {
                signed = stamped(signed, timestamp);
            }
            return signed.getEncoded();
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IOException("Cannot sign the PDF report", e);
        }
    }

    private static CMSSignedData stamped(CMSSignedData signed, Function<byte[], byte[]> timestamp)
            throws IOException {
        SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
        byte[] token = timestamp.apply(Timestamps.imprint(signer.getSignature()));
        ASN1EncodableVector unsigned = new ASN1EncodableVector();
        unsigned.add(new Attribute(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                new DERSet(ASN1Primitive.fromByteArray(token))));
        SignerInformation withToken = SignerInformation.replaceUnsignedAttributes(signer,
                new AttributeTable(unsigned));
        return CMSSignedData.replaceSigners(signed, new SignerInformationStore(withToken));
    }

    /**
     * The signed byte ranges, read once into the digest as the signature is made (a detached signature does not
     * carry them), rather than copied into memory first.
     */
    private static final class ReadOnce implements CMSTypedData {
        private final InputStream content;

        ReadOnce(InputStream content) {
            this.content = content;
        }

        @Override
        public org.bouncycastle.asn1.ASN1ObjectIdentifier getContentType() {
            return org.bouncycastle.asn1.cms.CMSObjectIdentifiers.data;
        }

        @Override
        public void write(OutputStream out) throws IOException {
            content.transferTo(out);
        }

        /** Not null: BouncyCastle digests the content only when there is some (null means "digested elsewhere"). */
        @Override
        public Object getContent() {
            return content;
        }
    }

    /** PAdES keeps the claimed signing time in the signature dictionary; the CMS signing-time attribute must go. */
    private static final class WithoutSigningTime extends DefaultSignedAttributeTableGenerator {

        WithoutSigningTime(AttributeTable attributes) {
            super(attributes);
        }

        @Override
        @SuppressWarnings({"rawtypes", "unchecked"})
        protected Hashtable createStandardAttributeTable(Map parameters) {
            Hashtable table = super.createStandardAttributeTable(parameters);
            table.remove(CMSAttributes.signingTime);
            return table;
        }
    }
}
