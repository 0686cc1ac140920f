package fr.cpts.domain.diagnostic;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** A catalogue shaped as the platform's: counts with and without the small-count rule, a part, ratios, a mean, a zoning. */
final class TestCatalogue {

    private TestCatalogue() {}

    static Catalogue catalogue() {
        return new Catalogue(
                List.of(
                        new DiagnosticSource("insee-population", "Population", "INSEE", "RP", false, false),
                        new DiagnosticSource("ameli-patients", "Patients", "Assurance Maladie", "SNDS", false, false),
                        new DiagnosticSource("drees-apl", "APL", "DREES", "APL", false, false),
                        new DiagnosticSource("ars-zonage-medecins", "Zonage", "ARS", "Arrêté", true, true)),
                List.of(
                        count("population", "insee-population", OptionalInt.empty(), Optional.empty()),
                        count("patients_consommants", "ameli-patients", OptionalInt.of(11), Optional.empty()),
                        count(
                                "patients_sans_mt",
                                "ameli-patients",
                                OptionalInt.of(11),
                                Optional.of("patients_consommants")),
                        count(
                                "patients_sans_mt_ald",
                                "ameli-patients",
                                OptionalInt.of(11),
                                Optional.of("patients_sans_mt")),
                        ratio("part_sans_mt", "patients_sans_mt", "patients_consommants", 100),
                        ratio("sans_mt_pour_1000", "patients_sans_mt", "population", 1000),
                        new Indicator(
                                "apl_mg",
                                Optional.of("drees-apl"),
                                "APL",
                                "consultations",
                                1,
                                Aggregation.WEIGHTED_MEAN,
                                Optional.empty(),
                                Optional.empty(),
                                0,
                                OptionalInt.empty(),
                                Optional.empty()),
                        new Indicator(
                                "zonage_medecins",
                                Optional.of("ars-zonage-medecins"),
                                "Zonage",
                                "part de la population",
                                0,
                                Aggregation.ZONING,
                                Optional.empty(),
                                Optional.empty(),
                                0,
                                OptionalInt.empty(),
                                Optional.empty())));
    }

    private static Indicator count(String code, String source, OptionalInt threshold, Optional<String> partOf) {
        return new Indicator(
                code,
                Optional.of(source),
                code,
                "personnes",
                0,
                Aggregation.SUM,
                Optional.empty(),
                Optional.empty(),
                0,
                threshold,
                partOf);
    }

    private static Indicator ratio(String code, String numerator, String denominator, int scale) {
        return new Indicator(
                code,
                Optional.empty(),
                code,
                "%",
                1,
                Aggregation.RATIO,
                Optional.of(numerator),
                Optional.of(denominator),
                scale,
                OptionalInt.empty(),
                Optional.empty());
    }
}
