package fr.cpts.web.audit;

import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.shared.page.PageRequest;
import fr.cpts.web.FrenchFormats;
import fr.cpts.web.OfficerPrefix;
import fr.cpts.web.export.Column;
import fr.cpts.web.export.Export;
import fr.cpts.web.export.ExportFormat;
import fr.cpts.web.security.SignedInUser;
import fr.cpts.web.territory.CptsAccess;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * « Journal »: the journal of a CPTS for its porteur ({@code /porteur/journal}) and for the ARS and CPAM officers
 * whose scope covers it ({@code /ars/cpts/{id}/journal}, {@code /cpam/cpts/{id}/journal}), as a page and as CSV and XLSX files
 * download. Out of scope: 404.
 */
@Controller
class JournalController {

    private static final List<Column<JournalRow>> COLUMNS = List.of(
            Column.dateTime("Date", JournalRow::at),
            Column.text("Auteur", JournalRow::who),
            Column.text("Rôle", JournalRow::role),
            Column.text("Objet", JournalRow::entity),
            Column.text("Action", JournalRow::action),
            Column.text("Motif", JournalRow::reason),
            Column.text("Modifications", JournalController::changes));

    private final Journal journal;
    private final CptsAccess access;

    private final Clock clock;

    JournalController(Journal journal, CptsAccess access, Clock clock) {
        this.clock = clock;
        this.journal = journal;
        this.access = access;
    }

    @GetMapping("/porteur/journal")
    String porteur(
            @AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) Integer page, Model model) {
        return page(model, journal.ownPage(user.account(), PageRequest.of(page, null)), "/porteur", "/porteur/journal");
    }

    @GetMapping("/porteur/journal.{format}")
    void porteurExport(
            @AuthenticationPrincipal SignedInUser user, @PathVariable String format, HttpServletResponse response)
            throws IOException {
        export(user, null, format, response);
    }

    /** A link to a CPTS's journal by id leads to the porteur's own journal, or nowhere (404) for another CPTS. */
    @GetMapping("/porteur/cpts/{id}/journal")
    String porteurById(@AuthenticationPrincipal SignedInUser user, @PathVariable("id") long id) {
        access.visible(user.account(), id);
        return "redirect:/porteur/journal";
    }

    /** The journal of a CPTS of the officer's scope (404 otherwise), under the officer's own prefix. */
    @GetMapping({"/ars/cpts/{id}/journal", "/cpam/cpts/{id}/journal"})
    String officer(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable("id") long id,
            @RequestParam(required = false) Integer page,
            HttpServletRequest request,
            Model model) {
        String back = OfficerPrefix.of(request) + "/cpts/" + id;
        return page(model, journal.pageOf(user.account(), id, PageRequest.of(page, null)), back, back + "/journal");
    }

    @GetMapping({"/ars/cpts/{id}/journal.{format}", "/cpam/cpts/{id}/journal.{format}"})
    void officerExport(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable("id") long id,
            @PathVariable String format,
            HttpServletResponse response)
            throws IOException {
        export(user, id, format, response);
    }

    private static String page(Model model, JournalPage view, String back, String export) {
        model.addAttribute("journal", view);
        model.addAttribute("pageLink", "?");
        model.addAttribute("back", back);
        model.addAttribute("export", export);
        return "audit/journal";
    }

    /** The journal as a file named after its CPTS, its field changes in one cell (« champ : avant → après | … »). */
    private void export(SignedInUser user, Long cptsId, String format, HttpServletResponse response)
            throws IOException {
        ExportFormat chosen = ExportFormat.named(format);
        CptsRecord cpts = journal.cptsOf(user.account(), cptsId);
        new Export<>("journal " + cpts.name(), COLUMNS)
                .write(response, chosen, FrenchFormats.today(clock), rows -> journal.each(user.account(), cpts, rows));
    }

    private static String changes(JournalRow row) {
        return row.changes().stream()
                .map(change -> change.field() + " : " + shown(change.before()) + " → " + shown(change.after()))
                .collect(Collectors.joining(" | "));
    }

    private static String shown(String value) {
        return value.isEmpty() ? "—" : value;
    }
}
