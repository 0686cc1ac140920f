package fr.cpts.persistence.cpts;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface CptsJpaRepository extends JpaRepository<CptsEntity, Long> {

    List<CptsEntity> findByRegionCode(String regionCode);

    List<CptsEntity> findByDepartementCodeIn(Collection<String> departementCodes);

    @Query("select c from CptsEntity c where lower(c.name) = lower(:name)")
    Optional<CptsEntity> findByNameIgnoringCase(String name);

    /** The kind and state of each dossier of these CPTS: {@code [cpts_id, kind, state]}, the stage follows them. */
    @Query(value = "select cpts_id, kind, state from dossier where cpts_id in (:cptsIds)", nativeQuery = true)
    List<Object[]> dossierStates(Collection<Long> cptsIds);
}
