package fr.cpts.domain.shared;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A generated document kept as issued (a signed contract, a payment statement): its file name, its bytes, their
 * SHA-256 (lower-case hex) so a later download can be checked against what was issued, and when it was generated.
 */
public record ArchivedDocument(String filename, byte[] content, String sha256, Instant generatedAt) {

    public ArchivedDocument {
        Objects.requireNonNull(filename, "nom du fichier");
        Objects.requireNonNull(content, "contenu");
        Objects.requireNonNull(generatedAt, "date de génération");
        if (!sha256Of(content).equals(sha256)) {
            throw new IllegalArgumentException("L'empreinte SHA-256 ne correspond pas au contenu de " + filename);
        }
    }

    /** A document issued now, its fingerprint computed from its bytes. */
    public static ArchivedDocument issue(String filename, byte[] content, Instant generatedAt) {
        return new ArchivedDocument(filename, content, sha256Of(content), generatedAt);
    }

    /** Whether these bytes are exactly the ones issued. */
    public boolean matches(byte[] candidate) {
        return sha256.equals(sha256Of(candidate));
    }

    public long size() {
        return content.length;
    }

    public static String sha256Of(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 est fourni par toute JVM", impossible);
        }
    }
}
