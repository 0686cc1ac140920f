package fr.cpts.web.audit;

import fr.cpts.domain.shared.page.PageRequest;
import fr.cpts.web.FrenchFormats;
import fr.cpts.web.OfficerPrefix;
import fr.cpts.web.security.SignedInUser;
import fr.cpts.web.territory.CptsAccess;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * « Journal »: the journal of a CPTS for its porteur ({@code /porteur/journal}) and for the ARS and CPAM officers
 * whose scope covers it ({@code /ars/cpts/{id}/journal}, {@code /cpam/cpts/{id}/journal}), as a page and as a CSV
 * download. Out of scope: 404.
 */
@Controller
class JournalController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

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
        return page(
                model, journal.ownPage(user.account(), PageRequest.of(page, null)), "/porteur", "/porteur/journal.csv");
    }

    @GetMapping("/porteur/journal.csv")
    ResponseEntity<byte[]> porteurCsv(@AuthenticationPrincipal SignedInUser user) {
        return csv(journal.own(user.account()));
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
        return page(model, journal.pageOf(user.account(), id, PageRequest.of(page, null)), back, back + "/journal.csv");
    }

    @GetMapping({"/ars/cpts/{id}/journal.csv", "/cpam/cpts/{id}/journal.csv"})
    ResponseEntity<byte[]> officerCsv(@AuthenticationPrincipal SignedInUser user, @PathVariable("id") long id) {
        return csv(journal.of(user.account(), id));
    }

    private static String page(Model model, JournalPage view, String back, String csv) {
        model.addAttribute("journal", view);
        model.addAttribute("pageLink", "?");
        model.addAttribute("back", back);
        model.addAttribute("csv", csv);
        return "audit/journal";
    }

    private ResponseEntity<byte[]> csv(JournalView view) {
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(JournalCsv.filename(view, FrenchFormats.today(clock)))
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(JournalCsv.of(view));
    }
}
