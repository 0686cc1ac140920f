package fr.cpts.domain.diagnostic;

import fr.cpts.domain.territory.InseeCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The patient flows of a territory in a year, per specialty: how much of its residents' care is given inside it, its
 * main poles, and the communes outside it whose main pole lies inside it (suggestions when drawing the territory).
 *
 * @param demo whether the flows are the synthetic demonstration data
 */
public record FlowSummary(int year, boolean demo, List<SpecialtyFlows> specialties) {

    /** Under this many patients, a share is not shown (the small-count rule). */
    public static final int SMALL_COUNT = 11;

    public FlowSummary {
        specialties = List.copyOf(specialties);
    }

    /** The communes outside the territory attracted by its poles, for any specialty, each once (the first met). */
    public List<Attracted> attracted() {
        Map<InseeCode, Attracted> byCommune = new LinkedHashMap<>();
        specialties.forEach(flows -> flows.attracted().forEach(found -> byCommune.putIfAbsent(found.commune(), found)));
        return List.copyOf(byCommune.values());
    }

    /**
     * @param residentsPatients the territory's residents seen for the specialty
     * @param treatedInside     of them, by professionals practising in the territory
     * @param poles             the territory's communes receiving the most patients, most first
     * @param attracted         the communes outside whose main pole for the specialty is in the territory
     */
    public record SpecialtyFlows(
            Specialty specialty,
            long residentsPatients,
            long treatedInside,
            List<Pole> poles,
            List<Attracted> attracted) {

        public SpecialtyFlows {
            poles = List.copyOf(poles);
            attracted = List.copyOf(attracted);
        }

        /** The count under which the share is not shown. */
        public int threshold() {
            return SMALL_COUNT;
        }

        /** The share of the residents' care given inside the territory, in percent; empty under the small count. */
        public Optional<BigDecimal> insideShare() {
            return residentsPatients < SMALL_COUNT
                    ? Optional.empty()
                    : Optional.of(BigDecimal.valueOf(treatedInside * 100)
                            .divide(BigDecimal.valueOf(residentsPatients), 1, RoundingMode.HALF_UP));
        }
    }

    /** A commune of the territory and the patients its professionals of the specialty received. */
    public record Pole(InseeCode commune, String name, long patients) {}

    /**
     * A commune outside the territory whose main pole for the specialty is inside it.
     *
     * @param share the share of its patients going to that pole, in percent
     */
    public record Attracted(
            InseeCode commune, String name, String specialty, String pole, BigDecimal share, long population) {}
}
