package fr.cpts.web.dossier;

import fr.cpts.domain.diagnostic.Indicator;
import fr.cpts.domain.dossier.DossierMove;
import fr.cpts.domain.dossier.DossierState;
import fr.cpts.domain.dossier.OpinionBody;
import fr.cpts.domain.dossier.OpinionVerdict;
import fr.cpts.domain.money.Money;
import fr.cpts.domain.shared.DomainException;
import fr.cpts.domain.shared.page.PageRequest;
import fr.cpts.web.FrenchFormats;
import fr.cpts.web.PageLinks;
import fr.cpts.web.confirmation.Confirmation;
import fr.cpts.web.confirmation.ConfirmationPage;
import fr.cpts.web.diagnostic.TerritoryDiagnostics;
import fr.cpts.web.document.PdfDownloads;
import fr.cpts.web.errors.BackOnRefusal;
import fr.cpts.web.security.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
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
 * The ARS officer's work: the filed dossiers of their région, the one waiting longest first, and each dossier's
 * instruction (comments, messages, opinions, attachments, decisions, FIR seed grant).
 */
@Controller
@RequestMapping("/ars/dossiers")
class ArsDossierController {

    private final DossierService service;
    private final DecisionLetterDownloads letters;
    private final DossierInstruction instruction;

    /** The six ACI missions, in their order, for the pages that list a text per mission. */
    @ModelAttribute("missions")
    fr.cpts.domain.mission.Mission[] missions() {
        return fr.cpts.domain.mission.Mission.values();
    }

    /** The states of the queue's filter: a draft is the CPTS's own. */
    private static final List<DossierState> FILED_STATES = Arrays.stream(DossierState.values())
            .filter(state -> state != DossierState.DRAFT)
            .toList();

    private final Clock clock;
    private final DossierDiagnostic diagnostic;
    private final TerritoryDiagnostics diagnostics;

    ArsDossierController(
            DossierService service,
            DossierInstruction instruction,
            DecisionLetterDownloads letters,
            Clock clock,
            DossierDiagnostic diagnostic,
            TerritoryDiagnostics diagnostics) {
        this.service = service;
        this.diagnostic = diagnostic;
        this.diagnostics = diagnostics;
        this.instruction = instruction;
        this.letters = letters;
        this.clock = clock;
    }

    @GetMapping
    String list(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) String vue,
            @RequestParam(required = false) String etat,
            @RequestParam(required = false) String departement,
            @RequestParam(required = false) Integer anciennete,
            @RequestParam(required = false) String tri,
            @RequestParam(required = false) Integer page,
            Model model) {
        DossierState state = QueueView.stateNamed(etat);
        QueueView view = QueueView.of(vue, state != null);
        Optional<Indicator> sortIndicator = diagnostics.sortable(tri);
        String sortedBy = sortIndicator.map(Indicator::code).orElse(null);
        model.addAttribute("sortable", diagnostics.sortable());
        model.addAttribute("sortedBy", sortIndicator.orElse(null));
        model.addAttribute(
                "rows",
                instruction.arsQueue(
                        user.account(), view, state, departement, anciennete, sortedBy, PageRequest.of(page, null)));
        model.addAttribute("view", view);
        model.addAttribute("views", QueueView.values());
        model.addAttribute(
                "pageLink",
                PageLinks.keeping(
                        "vue",
                        view.slug(),
                        "etat",
                        state == null ? null : state.name(),
                        "departement",
                        departement,
                        "anciennete",
                        anciennete,
                        "tri",
                        sortedBy));
        model.addAttribute("states", FILED_STATES);
        model.addAttribute("departements", instruction.departementsOf(user.account()));
        model.addAttribute("etat", state == null ? "" : state.name());
        model.addAttribute("departement", departement == null ? "" : departement);
        model.addAttribute("anciennete", anciennete);
        return "dossier/ars-list";
    }

    @GetMapping("/{id}")
    String show(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        DossierPage page = service.officerPage(user.account(), id);
        model.addAttribute("page", page);
        model.addAttribute("decisionConfirmations", DecisionConfirmations.of(page));
        model.addAttribute("diagnostic", diagnostic.of(page).orElse(null));
        model.addAttribute("bodies", OpinionBody.values());
        model.addAttribute("verdicts", OpinionVerdict.values());
        model.addAttribute("today", FrenchFormats.today(clock));
        model.addAttribute("maxMegabytes", service.maxAttachmentBytes() / (1024 * 1024));
        if (!model.containsAttribute("seedGrant")) {
            model.addAttribute("seedGrant", new SeedGrantForm());
        }
        return "dossier/ars-dossier";
    }

    @PostMapping("/{id}/decision")
    @BackOnRefusal("/ars/dossiers/{id}")
    String decide(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable long id,
            @RequestParam String move,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String confirmation,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        DossierMove parsed = parseMove(move);
        if (DecisionConfirmations.required(parsed) && !Confirmation.given(confirmation)) {
            DossierPage page = service.officerPage(user.account(), id);
            boolean explained = reason != null && !reason.isBlank();
            if (page.moves().contains(parsed) && (explained || !parsed.rule().reasonRequired())) {
                return ConfirmationPage.show(
                        DecisionConfirmations.of(page, parsed, reason),
                        "/ars/dossiers/" + id + "/decision",
                        request,
                        model);
            }
        }
        instruction.decide(user.account(), id, parsed, reason);
        redirect.addFlashAttribute(
                "success", "Le dossier est à jour : « " + parsed.to().label() + " ».");
        return "redirect:/ars/dossiers/" + id;
    }

    @PostMapping("/{id}/commentaires")
    @BackOnRefusal("/ars/dossiers/{id}#commentaires")
    String comment(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable long id,
            @RequestParam String text,
            RedirectAttributes redirect) {
        instruction.comment(user.account(), id, text);
        redirect.addFlashAttribute("success", "Commentaire interne enregistré.");
        return "redirect:/ars/dossiers/" + id + "#commentaires";
    }

    @PostMapping("/{id}/messages")
    @BackOnRefusal("/ars/dossiers/{id}#messages")
    String message(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable long id,
            @RequestParam String text,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            RedirectAttributes redirect) {
        service.postMessage(user.account(), service.officerDossier(user.account(), id), text, Uploads.read(files));
        redirect.addFlashAttribute("success", "Message envoyé au porteur de projet.");
        return "redirect:/ars/dossiers/" + id + "#messages";
    }

    @PostMapping("/{id}/pieces")
    @BackOnRefusal("/ars/dossiers/{id}#pieces")
    String attach(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable long id,
            @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect) {
        if (file == null || file.isEmpty()) {
            throw new DomainException("Choisissez un fichier PDF à joindre.");
        }
        service.attach(user.account(), service.officerDossier(user.account(), id), Uploads.read(file));
        redirect.addFlashAttribute("success", "Pièce jointe ajoutée au dossier.");
        return "redirect:/ars/dossiers/" + id + "#pieces";
    }

    @PostMapping("/{id}/avis")
    @BackOnRefusal("/ars/dossiers/{id}#avis")
    String askOpinion(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable long id,
            @RequestParam(required = false) String body,
            @RequestParam String question,
            @RequestParam(required = false) String dueOn,
            RedirectAttributes redirect) {
        instruction.askOpinion(user.account(), id, parseBody(body), question, OpinionForms.dueOn(dueOn));
        redirect.addFlashAttribute("success", "Demande d'avis enregistrée.");
        return "redirect:/ars/dossiers/" + id + "#avis";
    }

    @PostMapping("/{id}/avis/{opinionId}")
    @BackOnRefusal("/ars/dossiers/{id}#avis")
    String recordOpinion(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable long id,
            @PathVariable long opinionId,
            @RequestParam(required = false) String verdict,
            @RequestParam String answer,
            RedirectAttributes redirect) {
        instruction.recordOpinion(user.account(), id, opinionId, OpinionForms.verdict(verdict), answer);
        redirect.addFlashAttribute("success", "Avis enregistré.");
        return "redirect:/ars/dossiers/" + id + "#avis";
    }

    @PostMapping("/{id}/fir")
    @BackOnRefusal("/ars/dossiers/{id}#fir")
    String grantSeed(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable long id,
            @ModelAttribute("seedGrant") SeedGrantForm form,
            BindingResult binding,
            RedirectAttributes redirect) {
        BigDecimal amount = form.parsedAmount();
        if (binding.hasFieldErrors("decidedOn") || amount == null || amount.signum() < 0) {
            redirect.addFlashAttribute("seedGrant", form);
            redirect.addFlashAttribute("seedGrantErrors", fieldErrors(binding, amount));
            return "redirect:/ars/dossiers/" + id + "#fir";
        }
        instruction.grantSeed(user.account(), id, new Money(amount), form.getDecidedOn());
        redirect.addFlashAttribute("success", "Décision de subvention FIR enregistrée.");
        return "redirect:/ars/dossiers/" + id + "#fir";
    }

    @GetMapping("/{id}/courriers/{number}")
    ResponseEntity<byte[]> letter(
            @AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable int number) {
        return PdfDownloads.archived(letters.letter(user.account(), id, number));
    }

    @GetMapping("/pieces/{attachmentId}")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal SignedInUser user, @PathVariable long attachmentId) {
        return Uploads.download(service.download(user.account(), attachmentId));
    }

    private static java.util.Map<String, String> fieldErrors(BindingResult binding, BigDecimal amount) {
        java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
        if (amount == null || amount.signum() < 0) {
            errors.put("amount", "Montant illisible : écrivez un nombre d'euros, par exemple 30 000.");
        }
        if (binding.hasFieldErrors("decidedOn")) {
            errors.put("decidedOn", "Date illisible : écrivez-la au format JJ/MM/AAAA, par exemple 15/09/2025.");
        }
        return errors;
    }

    private static DossierMove parseMove(String move) {
        try {
            return DossierMove.valueOf(move);
        } catch (IllegalArgumentException unknown) {
            throw new DossierNotFound();
        }
    }

    private static OpinionBody parseBody(String body) {
        try {
            return body == null || body.isBlank() ? null : OpinionBody.valueOf(body);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
