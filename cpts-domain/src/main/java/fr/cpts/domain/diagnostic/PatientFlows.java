package fr.cpts.domain.diagnostic;

import fr.cpts.domain.territory.InseeCode;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** The patient flows between communes, by year and specialty (repository port, implemented by persistence). */
public interface PatientFlows {

    /** The specialties followed, in display order. */
    List<Specialty> specialties();

    /** Stores a checked file as the flows of its year (replacing them), with its version and import record. */
    void store(int year, String fileName, List<Flow> flows, boolean demo, String importedBy, Instant importedAt);

    /** The flows of these communes in that version: four statements whatever their number. */
    FlowSummary ofTerritory(Collection<InseeCode> communes, DataVersion version);
}
