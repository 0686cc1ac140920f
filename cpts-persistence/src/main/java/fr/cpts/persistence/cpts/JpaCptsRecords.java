package fr.cpts.persistence.cpts;

import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.cpts.CptsStage;
import fr.cpts.domain.dossier.CptsProgress;
import fr.cpts.domain.dossier.DossierKind;
import fr.cpts.domain.dossier.DossierState;
import fr.cpts.domain.territory.DepartementCode;
import fr.cpts.domain.territory.RegionCode;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The CPTS records port, stored in the {@code cpts} table. The stage read is the later of the stored one (reached
 * outside the dossiers: contract, yearly reviews) and the one the CPTS's dossiers lead to, read in the same query
 * round, so it always follows the dossiers' committed states.
 */
@Repository
@Transactional(readOnly = true)
class JpaCptsRecords implements CptsRecords {

    private static final Collator FRENCH = Collator.getInstance(Locale.FRANCE);

    private final CptsJpaRepository repository;

    JpaCptsRecords(CptsJpaRepository repository) {
        this.repository = repository;
    }

    @Override
    public Optional<CptsRecord> byId(CptsId id) {
        return repository.findById(id.value()).map(entity -> toDomain(List.of(entity)).get(0));
    }

    @Override
    public List<CptsRecord> byRegion(RegionCode region) {
        return toDomain(repository.findByRegionCode(region.value()));
    }

    @Override
    public List<CptsRecord> byDepartements(Collection<DepartementCode> departements) {
        return toDomain(repository.findByDepartementCodeIn(
                departements.stream().map(DepartementCode::value).toList()));
    }

    @Override
    public List<CptsRecord> all() {
        return toDomain(repository.findAll());
    }

    @Override
    @Transactional
    public CptsRecord create(String name, RegionCode region, DepartementCode departement, CptsStage stage) {
        return toDomain(List.of(repository.save(new CptsEntity(name, region.value(), departement.value(), stage))))
                .get(0);
    }

    @Override
    public Optional<CptsRecord> byName(String name) {
        return repository.findByNameIgnoringCase(name).map(entity -> toDomain(List.of(entity)).get(0));
    }

    /** In French alphabetical order, whatever the database's collation. */
    private List<CptsRecord> toDomain(List<CptsEntity> entities) {
        if (entities.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<DossierKind, DossierState>> dossiers = new HashMap<>();
        for (Object[] row : repository.dossierStates(entities.stream().map(CptsEntity::getId).toList())) {
            dossiers.computeIfAbsent(((Number) row[0]).longValue(), id -> new HashMap<>())
                    .put(DossierKind.valueOf((String) row[1]), DossierState.valueOf((String) row[2]));
        }
        return entities.stream().map(entity -> toDomain(entity,
                        dossiers.getOrDefault(entity.getId(), Map.of())))
                .sorted(Comparator.comparing(CptsRecord::name, FRENCH)).toList();
    }

    private static CptsRecord toDomain(CptsEntity entity, Map<DossierKind, DossierState> dossiers) {
        CptsStage followingDossiers = CptsProgress.stageOf(
                Optional.ofNullable(dossiers.get(DossierKind.LETTRE_INTENTION)),
                Optional.ofNullable(dossiers.get(DossierKind.PROJET_SANTE)));
        return new CptsRecord(new CptsId(entity.getId()), entity.getName(), new RegionCode(entity.getRegionCode()),
                new DepartementCode(entity.getDepartementCode()), entity.getStage().atLeast(followingDossiers));
    }
}
