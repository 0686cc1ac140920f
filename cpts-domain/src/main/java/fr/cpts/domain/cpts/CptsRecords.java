package fr.cpts.domain.cpts;

import fr.cpts.domain.territory.DepartementCode;
import fr.cpts.domain.territory.RegionCode;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** All the CPTS known to the platform (repository port, implemented by persistence). */
public interface CptsRecords {

    Optional<CptsRecord> byId(CptsId id);

    /** The CPTS an ARS of this région instructs, by name. */
    List<CptsRecord> byRegion(RegionCode region);

    /** The CPTS a CPAM of these départements contracts with, by name. */
    List<CptsRecord> byDepartements(Collection<DepartementCode> departements);

    /** Every CPTS, by name. */
    List<CptsRecord> all();

    /**
     * Records a new CPTS and gives it its identity. Its stage then follows its dossiers; {@code stage} is the stage
     * reached outside them (the signed contract, the yearly reviews), {@link CptsStage#INITIATIVE} otherwise.
     */
    CptsRecord create(String name, RegionCode region, DepartementCode departement, CptsStage stage);

    /** Records a new CPTS at its initiative: its stage will follow its dossiers. */
    default CptsRecord create(String name, RegionCode region, DepartementCode departement) {
        return create(name, region, departement, CptsStage.INITIATIVE);
    }

    /** The CPTS of that name, if the platform knows one. */
    Optional<CptsRecord> byName(String name);
}
