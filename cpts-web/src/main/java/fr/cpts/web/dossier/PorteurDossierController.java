package fr.cpts.web.dossier;

import fr.cpts.domain.dossier.Dossier;
import fr.cpts.domain.dossier.DossierConflict;
import fr.cpts.domain.dossier.DossierKind;
import fr.cpts.domain.dossier.HealthProject;
import fr.cpts.domain.dossier.IncompleteDossier;
import fr.cpts.domain.dossier.LetterOfIntent;
import fr.cpts.domain.shared.DomainException;
import fr.cpts.domain.shared.FrenchDates;
import fr.cpts.web.document.PdfDownloads;
import fr.cpts.web.errors.BackOnRefusal;
import fr.cpts.web.security.SignedInUser;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The porteur's dossiers, always those of their own CPTS (never chosen by an identifier): the letter of intent,
 * then, once it is validated, the health project. Each page shows what is missing, the timeline, the messages and
 * the decisions of the ARS.
 */
@Controller
@RequestMapping("/porteur/dossiers")
class PorteurDossierController {

    private final DossierService service;
    private final DecisionLetterDownloads letters;
    private final Clock clock;
    private final DossierDiagnostic diagnostic;

    /** The six ACI missions, in their order, for the pages that list a text per mission. */
    @ModelAttribute("missions")
    fr.cpts.domain.mission.Mission[] missions() {
        return fr.cpts.domain.mission.Mission.values();
    }

    /** The id of a form's section, as its « Enregistrer » button sends it back. */
    private static final Pattern SECTION = Pattern.compile("[A-Za-z0-9_-]{1,60}");

    static final String PROJECT_LOCKED = "Le projet de santé s'ouvre une fois la lettre d'intention validée par l'ARS.";

    PorteurDossierController(
            DossierService service, DecisionLetterDownloads letters, Clock clock, DossierDiagnostic diagnostic) {
        this.service = service;
        this.diagnostic = diagnostic;
        this.letters = letters;
        this.clock = clock;
    }

    @GetMapping("/{slug}")
    String show(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable String slug,
            Model model,
            RedirectAttributes redirect) {
        DossierKind kind = kind(slug);
        if (locked(user, kind, redirect)) {
            return "redirect:/porteur";
        }
        DossierPage page = service.porteurPage(user.account(), kind);
        model.addAttribute("page", page);
        model.addAttribute("diagnostic", diagnostic.of(page).orElse(null));
        model.addAttribute("maxMegabytes", service.maxAttachmentBytes() / (1024 * 1024));
        return "dossier/porteur";
    }

    @GetMapping("/{slug}/modifier")
    String edit(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable String slug,
            Model model,
            RedirectAttributes redirect) {
        DossierKind kind = kind(slug);
        if (locked(user, kind, redirect)) {
            return "redirect:/porteur";
        }
        DossierPage page = service.porteurPage(user.account(), kind);
        if (!page.editable()) {
            redirect.addFlashAttribute(
                    "error",
                    "Ce dossier est à l'état « " + page.file().dossier().state().label()
                            + " » : il ne peut plus être modifié, sauf si l'ARS demande des corrections.");
            return "redirect:/porteur/dossiers/" + slug;
        }
        Dossier dossier = page.file().dossier();
        if (dossier.content() instanceof LetterOfIntent letter) {
            model.addAttribute("letter", LetterOfIntentForm.of(letter, dossier));
        } else {
            model.addAttribute("project", HealthProjectForm.of((HealthProject) dossier.content(), dossier));
        }
        return formView(page, kind, model);
    }

    @PostMapping("/lettre-intention/modifier")
    String saveLetter(
            @AuthenticationPrincipal SignedInUser user,
            @Valid @ModelAttribute("letter") LetterOfIntentForm form,
            BindingResult binding,
            @RequestParam(name = "section", required = false) String section,
            Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            form.padMilestones();
            return formView(
                    service.porteurPage(user.account(), DossierKind.LETTRE_INTENTION),
                    DossierKind.LETTRE_INTENTION,
                    model);
        }
        return save(
                user,
                DossierKind.LETTRE_INTENTION,
                form.toContent(),
                form.readVersion(),
                section,
                model,
                redirect,
                form::padMilestones);
    }

    @PostMapping("/projet-sante/modifier")
    String saveProject(
            @AuthenticationPrincipal SignedInUser user,
            @Valid @ModelAttribute("project") HealthProjectForm form,
            BindingResult binding,
            @RequestParam(name = "section", required = false) String section,
            Model model,
            RedirectAttributes redirect) {
        if (locked(user, DossierKind.PROJET_SANTE, redirect)) {
            // posted before the letter of intent is validated: the form cannot even be shown again
            return "redirect:/porteur";
        }
        if (binding.hasErrors()) {
            return formView(
                    service.porteurPage(user.account(), DossierKind.PROJET_SANTE), DossierKind.PROJET_SANTE, model);
        }
        return save(
                user,
                DossierKind.PROJET_SANTE,
                form.toContent(),
                form.readVersion(),
                section,
                model,
                redirect,
                () -> {});
    }

    @PostMapping("/{slug}/deposer")
    String submit(@AuthenticationPrincipal SignedInUser user, @PathVariable String slug, RedirectAttributes redirect) {
        DossierKind kind = kind(slug);
        try {
            service.submit(user.account(), kind);
            redirect.addFlashAttribute("success", "Le dossier « " + kind.label() + " » est déposé auprès de l'ARS.");
        } catch (IncompleteDossier incomplete) {
            redirect.addFlashAttribute(
                    "error",
                    "Le dossier ne peut pas encore être déposé : complétez les éléments " + "listés ci-dessous.");
            redirect.addFlashAttribute("missingItems", incomplete.missingItems());
        } catch (DomainException refused) {
            redirect.addFlashAttribute("error", refused.getMessage());
        }
        return "redirect:/porteur/dossiers/" + slug;
    }

    @PostMapping("/{slug}/diagnostic")
    @BackOnRefusal("/porteur/dossiers/{slug}#diagnostic-dossier")
    String commentDiagnostic(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable String slug,
            @RequestParam(name = "comment", defaultValue = "") String comment,
            RedirectAttributes redirect) {
        diagnostic.comment(user.account(), kind(slug), comment);
        redirect.addFlashAttribute("success", "Commentaire du diagnostic enregistré.");
        return "redirect:/porteur/dossiers/" + slug + "#diagnostic-dossier";
    }

    @PostMapping("/{slug}/messages")
    @BackOnRefusal("/porteur/dossiers/{slug}#messages")
    String message(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable String slug,
            @RequestParam String text,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            RedirectAttributes redirect) {
        DossierKind kind = kind(slug);
        service.postMessage(user.account(), service.porteurDossier(user.account(), kind), text, Uploads.read(files));
        redirect.addFlashAttribute("success", "Message envoyé à l'ARS.");
        return "redirect:/porteur/dossiers/" + slug + "#messages";
    }

    @PostMapping("/{slug}/pieces")
    @BackOnRefusal("/porteur/dossiers/{slug}#pieces")
    String attach(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable String slug,
            @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect) {
        DossierKind kind = kind(slug);
        if (file == null || file.isEmpty()) {
            throw new DomainException("Choisissez un fichier PDF à joindre.");
        }
        service.attach(user.account(), service.porteurDossier(user.account(), kind), Uploads.read(file));
        redirect.addFlashAttribute("success", "Pièce jointe ajoutée au dossier.");
        return "redirect:/porteur/dossiers/" + slug + "#pieces";
    }

    @GetMapping("/courriers/{id}/{number}")
    ResponseEntity<byte[]> letter(
            @AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable int number) {
        return PdfDownloads.archived(letters.letter(user.account(), id, number));
    }

    @GetMapping("/pieces/{id}")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return Uploads.download(service.download(user.account(), id));
    }

    private String save(
            SignedInUser user,
            DossierKind kind,
            fr.cpts.domain.dossier.DossierContent content,
            java.util.OptionalLong version,
            String section,
            Model model,
            RedirectAttributes redirect,
            Runnable keepForm) {
        try {
            service.saveDraft(user.account(), kind, content, version);
            if (section != null && SECTION.matcher(section).matches()) {
                // saved from a section's own button: back to that section, to go on writing
                redirect.addFlashAttribute(
                        "success", "Brouillon enregistré à " + FrenchDates.time(clock.instant()) + ".");
                return "redirect:/porteur/dossiers/" + kind.slug() + "/modifier#" + section;
            }
            redirect.addFlashAttribute("success", "Brouillon enregistré.");
            return "redirect:/porteur/dossiers/" + kind.slug();
        } catch (DossierConflict conflict) {
            keepForm.run();
            model.addAttribute("conflict", conflict.getMessage());
        } catch (DomainException refused) {
            keepForm.run();
            model.addAttribute("error", refused.getMessage());
        }
        return formView(service.porteurPage(user.account(), kind), kind, model);
    }

    private String formView(DossierPage page, DossierKind kind, Model model) {
        model.addAttribute("page", page);
        model.addAttribute("missions", fr.cpts.domain.mission.Mission.values());
        return kind == DossierKind.LETTRE_INTENTION ? "dossier/letter-form" : "dossier/project-form";
    }

    /** The health project opens only once the letter of intent is validated. */
    private boolean locked(SignedInUser user, DossierKind kind, RedirectAttributes redirect) {
        if (kind == DossierKind.PROJET_SANTE && !service.healthProjectOpen(user.account())) {
            redirect.addFlashAttribute("error", PROJECT_LOCKED);
            return true;
        }
        return false;
    }

    private static DossierKind kind(String slug) {
        return DossierKind.fromSlug(slug).orElseThrow(DossierNotFound::new);
    }
}
