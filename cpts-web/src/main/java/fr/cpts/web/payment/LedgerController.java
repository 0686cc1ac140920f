package fr.cpts.web.payment;

import fr.cpts.domain.payment.LedgerRow;
import fr.cpts.domain.payment.LedgerView;
import fr.cpts.domain.shared.page.PageRequest;
import fr.cpts.web.errors.BackOnRefusal;
import fr.cpts.web.export.ExportFormat;
import fr.cpts.web.security.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * « Registre des paiements »: the CPAM pays, suspends and resumes orders ({@code /cpam/paiements}); the ARS reads
 * the ledger of its région, the porteur what is paid to the CPTS, the administrator all of France, each under their
 * own prefix. Every view exports to CSV and XLSX, as it is filtered.
 */
@Controller
class LedgerController {

    private static final String CPAM = "/cpam/paiements";
    private final LedgerQueries ledger;
    private final PaymentRecording recording;
    private final LedgerExport export;

    LedgerController(LedgerQueries ledger, PaymentRecording recording, LedgerExport export) {
        this.ledger = ledger;
        this.recording = recording;
        this.export = export;
    }

    @GetMapping({CPAM, "/ars/paiements", "/porteur/paiements", "/admin/paiements"})
    String list(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(name = "vue", required = false) String view,
            @RequestParam(required = false) Integer page,
            Model model) {
        LedgerView chosen = LedgerView.ofSlug(view);
        model.addAttribute("ledger", ledger.page(user.account(), chosen, PageRequest.of(page, null)));
        model.addAttribute("pageLink", "?vue=" + chosen.slug() + "&");
        return "payment/ledger";
    }

    @GetMapping({
        CPAM + ".{format}",
        "/ars/paiements.{format}",
        "/porteur/paiements.{format}",
        "/admin/paiements.{format}"
    })
    void export(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable String format,
            @RequestParam(name = "vue", required = false) String view,
            HttpServletResponse response)
            throws IOException {
        ExportFormat chosen = ExportFormat.named(format);
        LedgerView of = LedgerView.ofSlug(view);
        export.of(of).write(response, chosen, ledger.today(), rows -> ledger.each(user.account(), of, rows));
    }

    @GetMapping({CPAM + "/{id}", "/ars/paiements/{id}", "/porteur/paiements/{id}", "/admin/paiements/{id}"})
    String order(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        LedgerRow row = ledger.order(user.account(), id);
        model.addAttribute("row", row);
        model.addAttribute("viewer", user.account().role());
        return "payment/order";
    }

    @PostMapping(CPAM + "/paiement")
    @BackOnRefusal(CPAM + "?vue={vue}#paiement")
    String pay(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(name = "ordre", required = false) List<Long> selected,
            @RequestParam(name = "paidOn", defaultValue = "") String paidOn,
            @RequestParam(name = "reference", defaultValue = "") String reference,
            @RequestParam(name = "vue", defaultValue = "mois") String vue,
            RedirectAttributes redirect) {
        int paid = recording.pay(user.account(), selected, paidOn, reference);
        redirect.addFlashAttribute(
                "success",
                paid == 1
                        ? "1 ordre est enregistré comme payé (référence " + reference.strip() + ")."
                        : paid + " ordres sont enregistrés comme payés (référence " + reference.strip() + ").");
        return "redirect:" + CPAM + "?vue=" + LedgerView.ofSlug(vue).slug();
    }

    @PostMapping(CPAM + "/{id}/suspension")
    @BackOnRefusal(CPAM + "/{id}#suspension")
    String suspend(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable long id,
            @RequestParam(name = "reason", defaultValue = "") String reason,
            RedirectAttributes redirect) {
        recording.suspend(user.account(), id, reason);
        redirect.addFlashAttribute("success", "L'ordre est suspendu ; il ne sera pas payé avant d'être repris.");
        return "redirect:" + CPAM + "/" + id;
    }

    @PostMapping(CPAM + "/{id}/reprise")
    @BackOnRefusal(CPAM + "/{id}")
    String resume(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
        recording.resume(user.account(), id);
        redirect.addFlashAttribute("success", "L'ordre est repris : il est de nouveau à payer.");
        return "redirect:" + CPAM + "/" + id;
    }
}
