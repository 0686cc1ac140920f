package fr.cpts.web.cpts;

import fr.cpts.domain.dashboard.AreaFigures;
import fr.cpts.web.FrenchFormats;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One département on the public map: its figures, its outline (none overseas: drawn as an inset) and the band of
 * its covered share that shades it.
 */
public record MapDepartement(AreaFigures figures, Optional<String> outline) {

    /** The upper bounds of the bands, in percent: none covered, below 25 %, below 50 %, below 75 %, then the rest. */
    private static final int[] BANDS = {25, 50, 75};

    public String code() {
        return figures.code();
    }

    /** « Gironde (33) ». */
    public String label() {
        return figures.name() + " (" + figures.code() + ")";
    }

    /** The share of its population covered, as the page writes it (« 12,5 % », « — » without known population). */
    public String share() {
        return FrenchFormats.percentOf(figures.coverage().coveredShare());
    }

    /** 0 when nothing is covered (or the population is unknown), then 1 to 4 by quarter of the population covered. */
    public int band() {
        Optional<BigDecimal> share = figures.coverage().coveredShare();
        if (share.isEmpty() || share.get().signum() == 0) {
            return 0;
        }
        int band = 1;
        for (int bound : BANDS) {
            if (share.get().compareTo(BigDecimal.valueOf(bound)) >= 0) {
                band++;
            }
        }
        return band;
    }
}
