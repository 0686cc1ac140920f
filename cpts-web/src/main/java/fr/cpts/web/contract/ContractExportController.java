package fr.cpts.web.contract;

import fr.cpts.web.FrenchFormats;
import fr.cpts.web.export.Column;
import fr.cpts.web.export.Export;
import fr.cpts.web.export.ExportFormat;
import fr.cpts.web.security.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The officers' contract list as a file ({@code /ars/contrats.csv|xlsx}, {@code /cpam/contrats.csv|xlsx}). */
@Controller
class ContractExportController {

    private static final Export<ContractRow> EXPORT = new Export<>(
            "contrats ACI",
            List.of(
                    Column.text("CPTS", row -> row.cpts().name()),
                    Column.text("Département", row -> row.cpts().departement().value()),
                    Column.text("Statut", row -> row.contract().status().label()),
                    Column.text("Échéances", row -> row.flags().stream()
                            .map(flag -> flag.label())
                            .collect(Collectors.joining(" | ")))));

    private final ContractQueries contracts;
    private final Clock clock;

    ContractExportController(ContractQueries contracts, Clock clock) {
        this.contracts = contracts;
        this.clock = clock;
    }

    @GetMapping({"/ars/contrats.{format}", "/cpam/contrats.{format}"})
    void export(@AuthenticationPrincipal SignedInUser user, @PathVariable String format, HttpServletResponse response)
            throws IOException {
        EXPORT.write(
                response,
                ExportFormat.named(format),
                FrenchFormats.today(clock),
                rows -> contracts.eachListed(user.account(), rows));
    }
}
