package fr.cpts.persistence.dossier;

import fr.cpts.domain.dossier.DossierKind;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DossierJpaRepository extends JpaRepository<DossierEntity, Long> {

    Optional<DossierEntity> findByCptsIdAndKind(long cptsId, DossierKind kind);

    List<DossierEntity> findByCptsIdIn(Collection<Long> cptsIds);
}
