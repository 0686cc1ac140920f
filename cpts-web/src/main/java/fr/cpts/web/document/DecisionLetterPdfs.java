package fr.cpts.web.document;

import fr.cpts.web.FrenchFormats;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/** The PDF of a decision letter of the ARS, e.g. {@code validation-de-la-lettre-d-intention-cpts-sud-gironde.pdf}. */
@Component
public class DecisionLetterPdfs {

    private final PdfRenderer renderer;

    public DecisionLetterPdfs(PdfRenderer renderer) {
        this.renderer = Objects.requireNonNull(renderer, "renderer");
    }

    /** Its PDF creation date is the day of the decision, so that rendering it again gives the same bytes. */
    public PdfDocument letter(DecisionLetterDocument letter) {
        Objects.requireNonNull(letter, "courrier");
        byte[] pdf = renderer.render(
                "decision-letter",
                Map.of("doc", letter),
                letter.issuedOn().atStartOfDay(FrenchFormats.PARIS).toInstant());
        return PdfDocument.of(
                pdf, ContractPdfs.slug(letter.title()) + "-" + ContractPdfs.slug(letter.cptsName()) + ".pdf");
    }
}
