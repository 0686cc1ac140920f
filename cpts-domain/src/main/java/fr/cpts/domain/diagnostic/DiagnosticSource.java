package fr.cpts.domain.diagnostic;

import java.util.Objects;

/**
 * Where indicator values come from: one CSV file per edition (year) of a source.
 *
 * @param code           the source's code ({@code insee-population}), also the name of its data sets
 * @param label          what it gives, in French
 * @param publisher      who publishes it (INSEE, DREES, Assurance Maladie, ARS)
 * @param reference      the publication or legal text it comes from
 * @param regional       published by each ARS for its région (the zoning): an ARS référent imports it for their région
 * @param effectiveDated an edition applies from a date (an arrêté), given at import
 */
public record DiagnosticSource(
        String code, String label, String publisher, String reference, boolean regional, boolean effectiveDated) {

    public DiagnosticSource {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "libellé");
        Objects.requireNonNull(publisher, "producteur");
        Objects.requireNonNull(reference, "référence");
    }

    /** As people name it: « INSEE — Population municipale par tranche d'âge ». */
    public String name() {
        return publisher + " — " + label;
    }
}
