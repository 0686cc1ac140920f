package fr.cpts.web.cpts;

import fr.cpts.domain.cpts.CptsFilter;
import fr.cpts.domain.cpts.CptsList;
import fr.cpts.domain.cpts.CptsStage;
import fr.cpts.domain.cpts.DirectoryEntry;
import fr.cpts.domain.shared.page.PageRequest;
import fr.cpts.web.FrenchFormats;
import fr.cpts.web.export.Column;
import fr.cpts.web.export.Export;
import fr.cpts.web.export.ExportFormat;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * « Annuaire des CPTS », open to everyone without signing in: every CPTS that has filed its letter of intent, with its
 * stage, the population of its territory, its département and région; searched by name, région, département and
 * stage, paged, and exported as the list shows it. Nothing private is read (no dossier, message, note or amount).
 */
@Controller
class PublicDirectoryController {

    static final String PAGE = "/annuaire";

    private static final Export<DirectoryEntry> EXPORT = new Export<>(
            "annuaire des cpts",
            List.of(
                    Column.text("CPTS", DirectoryEntry::name),
                    Column.text("Étape", entry -> entry.stage().label()),
                    Column.integer("Communes du territoire", DirectoryEntry::communes),
                    Column.integer(
                            "Population du territoire", entry -> entry.hasTerritory() ? entry.population() : null),
                    Column.text("Code département", entry -> entry.departement().value()),
                    Column.text("Département", DirectoryEntry::departementName),
                    Column.text("Code région", entry -> entry.region().value()),
                    Column.text("Région", DirectoryEntry::regionName)));

    private final CptsList cpts;
    private final Clock clock;

    PublicDirectoryController(CptsList cpts, Clock clock) {
        this.cpts = cpts;
        this.clock = clock;
    }

    @GetMapping(PAGE)
    String directory(
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String departement,
            @RequestParam(required = false) String etape,
            @RequestParam(required = false) String nom,
            @RequestParam(required = false) Integer page,
            Model model) {
        CptsFilter filter = NationalCptsController.filter(region, departement, etape, nom);
        model.addAttribute("rows", cpts.publicDirectory(filter, PageRequest.of(page, null)));
        model.addAttribute("regions", cpts.regions());
        model.addAttribute(
                "stages",
                Arrays.stream(CptsStage.values())
                        .filter(stage -> stage != CptsStage.INITIATIVE)
                        .toList());
        model.addAttribute("filter", filter);
        model.addAttribute("pageLink", NationalCptsController.pageLink(filter));
        return "cpts/directory";
    }

    @GetMapping(PAGE + ".{format}")
    void export(
            @PathVariable String format,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String departement,
            @RequestParam(required = false) String etape,
            @RequestParam(required = false) String nom,
            HttpServletResponse response)
            throws IOException {
        ExportFormat chosen = ExportFormat.named(format);
        CptsFilter filter = NationalCptsController.filter(region, departement, etape, nom);
        EXPORT.write(response, chosen, FrenchFormats.today(clock), rows -> cpts.eachInPublicDirectory(filter, rows));
    }
}
