package fr.cpts.web.review;

import fr.cpts.web.FormVersions;
import fr.cpts.web.errors.BackOnRefusal;
import fr.cpts.web.security.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The porteur's yearly reviews, always those of their own CPTS's contract in force (never chosen by an identifier):
 * the five contract years, then each year's declaration, evidence, filing, the CPAM's assessment and the payment
 * statement once the CPAM closed it.
 */
@Controller
@RequestMapping("/porteur/contrat/revues")
class PorteurReviewController {

    private static final String BASE = "/porteur/contrat/revues";

    private final ReviewQueries service;
    private final ReviewDeclaration declaration;

    PorteurReviewController(ReviewQueries service, ReviewDeclaration declaration) {
        this.service = service;
        this.declaration = declaration;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("years", service.porteurYears(user.account()));
        return "review/porteur-list";
    }

    @PostMapping("/{year}/ouverture")
    @BackOnRefusal("/porteur/contrat/revues")
    String open(@AuthenticationPrincipal SignedInUser user, @PathVariable int year, RedirectAttributes redirect) {
        declaration.open(user.account(), year);
        redirect.addFlashAttribute(
                "success",
                "La revue annuelle de l'année " + year + " est ouverte : déclarez la valeur "
                        + "de chaque indicateur, joignez vos justificatifs, puis déposez la déclaration.");
        return "redirect:" + BASE + "/" + year;
    }

    @GetMapping("/{year}")
    String show(@AuthenticationPrincipal SignedInUser user, @PathVariable int year, Model model) {
        return ReviewViews.page(service, user.account(), null, year, model);
    }

    @PostMapping("/{year}/declaration")
    @BackOnRefusal("/porteur/contrat/revues/{year}#declaration")
    String declare(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable int year,
            @RequestParam Map<String, String> form,
            RedirectAttributes redirect) {
        int changed = declaration.declare(
                user.account(),
                year,
                FormVersions.read(form.get("version")),
                ReviewViews.indexed(form, "value-"),
                ReviewViews.indexed(form, "comment-"));
        redirect.addFlashAttribute(
                "success",
                changed == 0
                        ? "Aucune valeur n'a changé : rien à enregistrer."
                        : "Brouillon enregistré (" + changed
                                + (changed == 1 ? " indicateur modifié)." : " indicateurs modifiés)."));
        return "redirect:" + BASE + "/" + year + "#declaration";
    }

    @PostMapping("/{year}/justificatifs")
    @BackOnRefusal("/porteur/contrat/revues/{year}#indicateurs")
    String attach(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable int year,
            @RequestParam(required = false) String indicator,
            @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect) {
        declaration.addEvidence(user.account(), year, indicator, ReviewViews.read(file));
        redirect.addFlashAttribute(
                "success",
                "Justificatif ajouté à l'indicateur « " + (indicator == null ? "" : indicator.strip()) + " ».");
        return "redirect:" + BASE + "/" + year + "#indicateurs";
    }

    @GetMapping("/{year}/justificatifs/{id}")
    ResponseEntity<byte[]> evidence(
            @AuthenticationPrincipal SignedInUser user, @PathVariable int year, @PathVariable long id) {
        return ReviewViews.evidence(service.evidence(user.account(), null, year, id));
    }

    @PostMapping("/{year}/depot")
    @BackOnRefusal("/porteur/contrat/revues/{year}")
    String submit(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable int year,
            @RequestParam(required = false) String version,
            RedirectAttributes redirect) {
        declaration.submit(user.account(), year, FormVersions.read(version));
        redirect.addFlashAttribute("success", "La déclaration de l'année " + year + " est déposée auprès de la CPAM.");
        return "redirect:" + BASE + "/" + year;
    }

    @GetMapping("/{year}/releve")
    String statement(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable int year,
            Model model,
            RedirectAttributes redirect) {
        return ReviewViews.statement(service, user.account(), null, year, BASE + "/" + year, model, redirect);
    }

    @GetMapping("/{year}/releve.pdf")
    ResponseEntity<byte[]> statementPdf(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable int year,
            HttpServletRequest request,
            HttpServletResponse response) {
        return ReviewViews.statementPdf(service, user.account(), null, year, BASE + "/" + year, request, response);
    }

    @PostMapping("/{year}/simulation")
    String simulate(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable int year,
            @RequestParam Map<String, String> form,
            Model model) {
        return ReviewViews.simulation(service, user.account(), null, year, form, model);
    }
}
