package fr.cpts.web.assistant;

import fr.cpts.web.FrenchFormats;
import fr.cpts.web.export.Column;
import fr.cpts.web.export.Export;
import fr.cpts.web.export.ExportFormat;
import fr.cpts.web.security.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The officers' list of medical-assistant subsidy requests as a file ({@code /ars|cpam/assistants-medicaux.csv|xlsx}). */
@Controller
class SubsidyRequestExportController {

    private static final Export<FiledRequestRow> EXPORT = new Export<>(
            "demandes d'aide assistant medical",
            List.of(
                    Column.integer("N° de demande", row -> row.request().id().value()),
                    Column.text("Médecin", row -> row.request().doctorName()),
                    Column.text("CPTS", row -> row.request().cptsName()),
                    Column.text("Option", row -> row.request().workingTime().label()),
                    Column.date("Embauche le", row -> row.request().hiringDate()),
                    Column.day("Déposée le", row -> row.request().filedAt().orElse(null)),
                    Column.text("État", row -> row.request().state().label()),
                    Column.integer("Jours dans cet état", FiledRequestRow::days)));

    private final SubsidyRequestQueries requests;
    private final Clock clock;

    SubsidyRequestExportController(SubsidyRequestQueries requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    @GetMapping({"/ars/assistants-medicaux.{format}", "/cpam/assistants-medicaux.{format}"})
    void export(@AuthenticationPrincipal SignedInUser user, @PathVariable String format, HttpServletResponse response)
            throws IOException {
        EXPORT.write(
                response,
                ExportFormat.named(format),
                FrenchFormats.today(clock),
                rows -> requests.eachOfficerRequest(user.account(), rows));
    }
}
