package fr.cpts.web.diagnostic;

import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.diagnostic.DiagnosticTable;
import fr.cpts.domain.diagnostic.FrozenDiagnostics;
import fr.cpts.domain.dossier.DossierMoved;
import fr.cpts.domain.dossier.DossierState;
import fr.cpts.domain.territory.Communes;
import fr.cpts.domain.territory.Territories;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Filing a letter of intent or a health project freezes the diagnostic of the CPTS's territory into the dossier, with
 * the data versions it comes from: what the ARS instructs is what the porteur filed, whatever is imported later. A
 * new filing (after corrections) freezes it again. Listens inside the filing's transaction: a filing that rolls back
 * freezes nothing.
 */
@Component
class DiagnosticFreezing {

    private final TerritoryDiagnostics diagnostics;
    private final FrozenDiagnostics frozen;
    private final Territories territories;
    private final Communes communes;
    private final CptsRecords records;

    DiagnosticFreezing(
            TerritoryDiagnostics diagnostics,
            FrozenDiagnostics frozen,
            Territories territories,
            Communes communes,
            CptsRecords records) {
        this.diagnostics = diagnostics;
        this.frozen = frozen;
        this.territories = territories;
        this.communes = communes;
        this.records = records;
    }

    @EventListener
    void on(DossierMoved moved) {
        if (moved.dossier() == null || moved.step().to() != DossierState.SUBMITTED) {
            return;
        }
        String name = records.byId(moved.cpts()).map(CptsRecord::name).orElseThrow();
        diagnostics
                .of(communes.byCodes(territories.of(moved.cpts()).communes()).found(), name, Map.of())
                .filter(DiagnosticTable::hasData)
                .ifPresent(table -> frozen.freeze(moved.dossier(), table));
    }
}
