package fr.cpts.domain.diagnostic;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/** The diagnostic's sources and indicators, in the order a diagnostic shows them. */
public record Catalogue(List<DiagnosticSource> sources, List<Indicator> indicators) {

    public Catalogue {
        sources = List.copyOf(Objects.requireNonNull(sources, "sources"));
        indicators = List.copyOf(Objects.requireNonNull(indicators, "indicateurs"));
    }

    public Optional<DiagnosticSource> source(String code) {
        return sources.stream().filter(source -> source.code().equals(code)).findFirst();
    }

    public Optional<Indicator> indicator(String code) {
        return indicators.stream()
                .filter(indicator -> indicator.code().equals(code))
                .findFirst();
    }

    /** The indicators a source's file gives, one column each. */
    public List<Indicator> importedFrom(String sourceCode) {
        return indicators.stream()
                .filter(indicator ->
                        indicator.source().filter(sourceCode::equals).isPresent())
                .toList();
    }

    /** The sources an indicator's figure rests on: its own, or those of a ratio's two terms. */
    public List<String> sourcesOf(Indicator indicator) {
        if (indicator.isImported()) {
            return List.of(indicator.source().orElseThrow());
        }
        return Stream.of(indicator.numerator(), indicator.denominator())
                .flatMap(Optional::stream)
                .flatMap(code -> indicator(code).stream())
                .flatMap(term -> term.source().stream())
                .distinct()
                .toList();
    }
}
