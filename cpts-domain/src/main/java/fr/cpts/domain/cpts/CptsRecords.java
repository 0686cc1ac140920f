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

    /** Records a new CPTS and gives it its identity. */
    CptsRecord create(String name, RegionCode region, DepartementCode departement, CptsStage stage);

    /** The CPTS of that name, if the platform knows one. */
    Optional<CptsRecord> byName(String name);
}
