package fr.cpts.web.diagnostic;

import fr.cpts.domain.account.Role;
import fr.cpts.domain.diagnostic.Catalogue;
import fr.cpts.domain.diagnostic.DataSetFile;
import fr.cpts.domain.diagnostic.DataSetRefused;
import fr.cpts.domain.diagnostic.DiagnosticSource;
import fr.cpts.domain.diagnostic.FlowFile;
import fr.cpts.domain.diagnostic.ImportRecord;
import fr.cpts.domain.diagnostic.Indicator;
import fr.cpts.web.security.SignedInUser;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * « Données du diagnostic »: the catalogue, the versions imported and the import of a file, for an administrator
 * ({@code /admin/diagnostic}, every source for France) and an ARS ({@code /ars/diagnostic}: the référent imports the
 * zoning of their région; the other officers read).
 */
@Controller
class DiagnosticImportController {

    /** How many of a refused file's problems the page lists. */
    static final int PROBLEMS_SHOWN = 100;

    private final DiagnosticImports imports;
    private final TerritoryDiagnostics diagnostics;
    private final MessageSource messages;

    DiagnosticImportController(DiagnosticImports imports, TerritoryDiagnostics diagnostics, MessageSource messages) {
        this.imports = imports;
        this.diagnostics = diagnostics;
        this.messages = messages;
    }

    @GetMapping({"/admin/diagnostic", "/ars/diagnostic"})
    String page(@AuthenticationPrincipal SignedInUser user, Model model) {
        return show(user, new DiagnosticImports.Request("", "", "", ""), Map.of(), model);
    }

    @PostMapping({"/admin/diagnostic", "/ars/diagnostic"})
    String importFile(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(name = "source", defaultValue = "") String source,
            @RequestParam(name = "year", defaultValue = "") String year,
            @RequestParam(name = "effectiveOn", defaultValue = "") String effectiveOn,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        String fileName = file == null || file.isEmpty() ? "" : String.valueOf(file.getOriginalFilename());
        DiagnosticImports.Request request = new DiagnosticImports.Request(source, year, effectiveOn, fileName);
        try (Reader content = file == null
                ? Reader.nullReader()
                : new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            ImportRecord stored = imports.importFile(user.account(), request, content, false);
            redirect.addFlashAttribute(
                    "success",
                    messages.getMessage(
                            "diagnostic.import.done",
                            new Object[] {
                                stored.communes(),
                                stored.fileName(),
                                DiagnosticYears.sourceNames(imports.catalogue()).get(stored.source()),
                                stored.year()
                            },
                            LocaleContextHolder.getLocale()));
            return "redirect:" + home(user) + "/diagnostic";
        } catch (DiagnosticImports.RequestRefused refused) {
            return show(user, request, refused.fields(), model);
        } catch (DataSetRefused refused) {
            model.addAttribute("refusal", refused.getMessage());
            model.addAttribute(
                    "problems",
                    refused.problems().stream()
                            .limit(PROBLEMS_SHOWN)
                            .map(Object::toString)
                            .toList());
            model.addAttribute(
                    "problemsNotShown", Math.max(0, refused.problems().size() - PROBLEMS_SHOWN));
            return show(user, request, Map.of(), model);
        }
    }

    private String show(
            SignedInUser user, DiagnosticImports.Request request, Map<String, String> fieldErrors, Model model) {
        model.addAttribute("form", request);
        model.addAttribute("fieldErrors", fieldErrors);
        model.addAttribute("sources", imports.importable(user.account()));
        Catalogue catalogue = imports.catalogue();
        model.addAttribute("catalogue", catalogue);
        model.addAttribute("sourceNames", DiagnosticYears.sourceNames(catalogue));
        model.addAttribute("columns", columns(catalogue));
        model.addAttribute("versions", diagnostics.versions());
        model.addAttribute("imports", imports.lastImports(user.account()));
        model.addAttribute("action", home(user) + "/diagnostic");
        return "diagnostic/import";
    }

    /** Each source's file header. */
    private static Map<String, String> columns(Catalogue catalogue) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (DiagnosticSource source : catalogue.sources()) {
            columns.put(
                    source.code(),
                    source.code().equals(DiagnosticImports.FLOWS)
                            ? String.join(";", FlowFile.COLUMNS)
                            : DataSetFile.COMMUNE_COLUMN + ";"
                                    + catalogue.importedFrom(source.code()).stream()
                                            .map(Indicator::code)
                                            .collect(Collectors.joining(";")));
        }
        return columns;
    }

    private static String home(SignedInUser user) {
        return user.account().role() == Role.ADMINISTRATOR ? "/admin" : "/ars";
    }
}
