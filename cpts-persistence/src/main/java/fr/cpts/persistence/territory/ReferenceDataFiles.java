package fr.cpts.persistence.territory;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where the files of {@code @etalab/decoupage-administratif} are read from: by default the copy the build puts in
 * the classpath ({@value #CLASSPATH_DIRECTORY}: {@code communes.json}, {@code departements.json},
 * {@code regions.json}, {@code epci.json} and the package's {@code package.json}); in tests, any directory.
 */
public abstract class ReferenceDataFiles {

    /** Where the build copies the package's files (cpts-persistence/pom.xml). */
    public static final String CLASSPATH_DIRECTORY = "reference/decoupage-administratif/";

    /** The edition of the reference data: the package's name and version, from its {@code package.json}. */
    public record Edition(String packageName, String version) {

        public Edition {
            Objects.requireNonNull(packageName, "nom du paquet");
            Objects.requireNonNull(version, "version du paquet");
        }

        @Override
        public String toString() {
            return packageName + "@" + version;
        }
    }

    private Edition edition;

    /** The files the build copied into the classpath. */
    public static ReferenceDataFiles onClasspath() {
        return new ReferenceDataFiles() {
            @Override
            public InputStream open(String fileName) throws IOException {
                String resource = CLASSPATH_DIRECTORY + fileName;
                ClassLoader loader = ReferenceDataFiles.class.getClassLoader();
                InputStream stream = loader.getResourceAsStream(resource);
                if (stream == null) {
                    throw new FileNotFoundException(
                            "Référentiel territorial introuvable dans le classpath : " + resource
                                    + " (le build le copie depuis le paquet npm @etalab/decoupage-administratif : "
                                    + "lancez « mvn -pl cpts-persistence process-resources »)");
                }
                return stream;
            }

            @Override
            public String toString() {
                return "classpath:" + CLASSPATH_DIRECTORY;
            }
        };
    }

    /** The same files in a directory (an unpacked package, or test data). */
    public static ReferenceDataFiles inDirectory(Path directory) {
        return new ReferenceDataFiles() {
            @Override
            public InputStream open(String fileName) throws IOException {
                return Files.newInputStream(directory.resolve(fileName));
            }

            @Override
            public String toString() {
                return directory.toString();
            }
        };
    }

    /** Opens one of the files by name ({@code communes.json}...). */
    public abstract InputStream open(String fileName) throws IOException;

    /** The package's name and version, as its {@code package.json} gives them. */
    public synchronized Edition edition() {
        if (edition == null) {
            try (InputStream stream = open("package.json")) {
                JsonNode packageJson = JsonMapper.shared().readTree(stream);
                String name = packageJson.path("name").asString(null);
                String version = packageJson.path("version").asString(null);
                if (name == null || version == null) {
                    throw new IllegalStateException("package.json sans nom ni version dans " + this);
                }
                edition = new Edition(name, version);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return edition;
    }
}
