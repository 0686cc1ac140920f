package fr.cpts.persistence.cpts;

import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.cpts.CptsStage;
import fr.cpts.domain.territory.DepartementCode;
import fr.cpts.domain.territory.RegionCode;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The CPTS records port, stored in the {@code cpts} table. */
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
        return repository.findById(id.value()).map(JpaCptsRecords::toDomain);
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
        return toDomain(repository.save(new CptsEntity(name, region.value(), departement.value(), stage)));
    }

    @Override
    public Optional<CptsRecord> byName(String name) {
        return repository.findByNameIgnoringCase(name).map(JpaCptsRecords::toDomain);
    }

    /** In French alphabetical order, whatever the database's collation. */
    private static List<CptsRecord> toDomain(List<CptsEntity> entities) {
        return entities.stream().map(JpaCptsRecords::toDomain)
                .sorted(Comparator.comparing(CptsRecord::name, FRENCH)).toList();
    }

    static CptsRecord toDomain(CptsEntity entity) {
        return new CptsRecord(new CptsId(entity.getId()), entity.getName(), new RegionCode(entity.getRegionCode()),
                new DepartementCode(entity.getDepartementCode()), entity.getStage());
    }
}
