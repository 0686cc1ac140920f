package fr.cpts.persistence.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/** The generated password of the embedded server's superuser, in a file its owner only can read. */
final class ServerPassword {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ServerPassword() {}

    /** The password in that file, generated (32 random bytes, hexadecimal) if the file does not exist yet. */
    static String readOrCreate(Path file) throws IOException {
        if (!Files.exists(file)) {
            byte[] secret = new byte[32];
            RANDOM.nextBytes(secret);
            writeOwnerOnly(file, HexFormat.of().formatHex(secret) + "\n");
        }
        String password = Files.readString(file, StandardCharsets.US_ASCII).strip();
        if (!password.matches("[0-9a-f]{64}")) {
            throw new IllegalStateException("Le fichier " + file + " ne contient pas le mot de passe du serveur "
                    + "PostgreSQL embarqué : restaurez-le, ou supprimez-le avec le répertoire de données.");
        }
        return password;
    }

    /** Writes the server's client authentication file: the password on every connection. */
    static void requireEverywhere(Path hbaFile, String rules) {
        try {
            writeOwnerOnly(hbaFile, rules);
        } catch (IOException unwritable) {
            throw new IllegalStateException("Impossible d'écrire " + hbaFile + " : " + unwritable.getMessage());
        }
    }

    private static void writeOwnerOnly(Path file, String content) throws IOException {
        Path written = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(written);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(
                    written, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(written);
        }
        Files.writeString(written, content, StandardCharsets.US_ASCII);
        Files.move(
                written,
                file,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
