package fr.cpts.persistence.territory;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Loads the administrative reference data ({@code @etalab/decoupage-administratif}, copied into the classpath by
 * the build) with Flyway, after the versioned migrations that create its tables.
 * <p>
 * It is a <em>repeatable</em> migration whose checksum is derived from the package's name and version (and from
 * {@link #LOADER_REVISION}): Flyway runs it once on a new database, then again only when the build brings a
 * different version of the package (or the loader changes), which updates names and populations in place
 * ({@link TerritoryReferenceLoader}). Spring Boot hands every {@link JavaMigration} bean to Flyway.
 */
@Component
public class TerritoryReferenceMigration implements JavaMigration {

    /** Raise it when the loader starts storing something new, so that existing databases load again. */
    static final int LOADER_REVISION = 2;

    private final ReferenceDataFiles files;

    /** The files the build copied into the classpath. */
    public TerritoryReferenceMigration() {
        this(ReferenceDataFiles.onClasspath());
    }

    public TerritoryReferenceMigration(ReferenceDataFiles files) {
        this.files = files;
    }

    @Override
    public MigrationVersion getVersion() {
        return null;
    }

    @Override
    public String getDescription() {
        return "territory reference data";
    }

    /** Changes with the package version, and only with it. */
    @Override
    public Integer getChecksum() {
        return checksum(files.edition(), LOADER_REVISION);
    }

    static int checksum(ReferenceDataFiles.Edition edition, int loaderRevision) {
        CRC32 crc = new CRC32();
        crc.update((edition + "#loader-" + loaderRevision).getBytes(StandardCharsets.UTF_8));
        return (int) crc.getValue();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        new TerritoryReferenceLoader().load(context.getConnection(), files);
    }
}
