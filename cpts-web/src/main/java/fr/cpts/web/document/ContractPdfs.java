package fr.cpts.web.document;

import fr.cpts.web.FrenchFormats;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * The PDF documents of an ACI contract: the contract itself (or an amendment) and the yearly payment statement, each
 * with the SHA-256 of its bytes. Rendering the same document twice gives the same bytes, hence the same fingerprint.
 */
@Component
public class ContractPdfs {

    private final PdfRenderer renderer;

    public ContractPdfs(PdfRenderer renderer) {
        this.renderer = Objects.requireNonNull(renderer, "renderer");
    }

    /**
     * The contract (version 1) or amendment (version N + 1), e.g. {@code contrat-aci-cpts-sud-gironde-v1.pdf}. Its PDF
     * creation date is the last signature's, or the signature day when none was given yet.
     */
    public PdfDocument contract(ContractDocument contract) {
        Objects.requireNonNull(contract, "contrat");
        Instant created = contract.lastSignedAt().orElseGet(() -> startOfDay(contract.signedOn()));
        byte[] pdf = renderer.render("contract", Map.of("doc", contract), created);
        return PdfDocument.of(pdf, "contrat-aci-" + slug(contract.cptsName()) + "-v" + contract.version() + ".pdf");
    }

    /**
     * The payment statement of one contract year, e.g. {@code releve-paiement-cpts-sud-gironde-annee-2.pdf}. Its PDF
     * creation date is the day the CPAM closed the review.
     */
    public PdfDocument statement(StatementDocument statement) {
        Objects.requireNonNull(statement, "relevé");
        byte[] pdf = renderer.render("statement", Map.of("doc", statement), startOfDay(statement.closedOn()));
        return PdfDocument.of(
                pdf, "releve-paiement-" + slug(statement.cptsName()) + "-annee-" + statement.yearNumber() + ".pdf");
    }

    private static Instant startOfDay(LocalDate day) {
        return day.atStartOfDay(FrenchFormats.PARIS).toInstant();
    }

    /** {@code CPTS du Bassin d'Arcachon} → {@code cpts-du-bassin-d-arcachon}: a file name any system accepts. */
    static String slug(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace("œ", "oe")
                .replace("Œ", "OE")
                .replace("æ", "ae")
                .replace("Æ", "AE");
        String slug =
                plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "cpts" : slug;
    }
}
