package fr.cpts.web.cpts;

import fr.cpts.domain.account.AccessScope;
import fr.cpts.domain.cpts.CptsFilter;
import fr.cpts.domain.cpts.CptsList;
import fr.cpts.domain.cpts.ListedCpts;
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
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The CPTS lists as files: those of France for the administrator, with the list's filters
 * ({@code /admin/cpts.csv|xlsx}), and those of an officer's scope, as the officer's home lists them
 * ({@code /ars/cpts.csv|xlsx}, {@code /cpam/cpts.csv|xlsx}).
 */
@Controller
class CptsExportController {

    private static final Export<ListedCpts> EXPORT = new Export<>(
            "cpts",
            List.of(
                    Column.text("CPTS", row -> row.cpts().name()),
                    Column.text("Code région", row -> row.cpts().region().value()),
                    Column.text("Région", ListedCpts::regionName),
                    Column.text(
                            "Code département", row -> row.cpts().departement().value()),
                    Column.text("Département", ListedCpts::departementName),
                    Column.text("Étape", row -> row.cpts().stage().label())));

    private final CptsList cpts;
    private final Clock clock;

    CptsExportController(CptsList cpts, Clock clock) {
        this.cpts = cpts;
        this.clock = clock;
    }

    @GetMapping("/admin/cpts.{format}")
    void national(
            @PathVariable String format,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String departement,
            @RequestParam(required = false) String etape,
            @RequestParam(required = false) String nom,
            HttpServletResponse response)
            throws IOException {
        write(
                response,
                format,
                new AccessScope.National(),
                NationalCptsController.filter(region, departement, etape, nom));
    }

    @GetMapping({"/ars/cpts.{format}", "/cpam/cpts.{format}"})
    void officer(@AuthenticationPrincipal SignedInUser user, @PathVariable String format, HttpServletResponse response)
            throws IOException {
        write(response, format, user.account().scope(), CptsFilter.NONE);
    }

    private void write(HttpServletResponse response, String format, AccessScope scope, CptsFilter filter)
            throws IOException {
        EXPORT.write(
                response,
                ExportFormat.named(format),
                FrenchFormats.today(clock),
                rows -> cpts.each(scope, filter, rows));
    }
}
