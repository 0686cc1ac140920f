package fr.cpts.web.dossier;

import fr.cpts.domain.dossier.Dossier;
import fr.cpts.domain.dossier.DossierConflict;
import fr.cpts.domain.dossier.DossierContent;
import fr.cpts.domain.dossier.DossierKind;
import fr.cpts.domain.shared.DomainException;
import fr.cpts.domain.shared.FrenchDates;
import fr.cpts.web.security.SignedInUser;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Locale;
import java.util.OptionalLong;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The drafts saved as the porteur types ({@code static/js/autosave.js}): the same save as the form's button, from the
 * version the page holds, answering the new version and the time it was saved (« Enregistré à 14:32 »), or why it
 * was not (someone else saved meanwhile, a field refused). A session that ended answers the sign-in page, which the
 * script tells apart.
 */
@RestController
@RequestMapping(value = "/porteur/dossiers", produces = MediaType.APPLICATION_JSON_VALUE)
class DraftAutosave {

    /** What the script is told: saved (with the version the form now holds and the time), or not, and why. */
    record Outcome(boolean saved, Long version, String savedAt, String reason) {}

    private final DossierService service;
    private final Clock clock;
    private final MessageSource messages;

    DraftAutosave(DossierService service, Clock clock, MessageSource messages) {
        this.service = service;
        this.clock = clock;
        this.messages = messages;
    }

    @PostMapping("/lettre-intention/brouillon")
    ResponseEntity<Outcome> letter(
            @AuthenticationPrincipal SignedInUser user,
            @Valid @ModelAttribute("letter") LetterOfIntentForm form,
            BindingResult binding) {
        return binding.hasErrors()
                ? refused(binding)
                : save(user, DossierKind.LETTRE_INTENTION, form.toContent(), form.readVersion());
    }

    @PostMapping("/projet-sante/brouillon")
    ResponseEntity<Outcome> project(
            @AuthenticationPrincipal SignedInUser user,
            @Valid @ModelAttribute("project") HealthProjectForm form,
            BindingResult binding) {
        if (!service.healthProjectOpen(user.account())) {
            return ResponseEntity.status(HttpStatus.CONFLICT)
                    .body(new Outcome(false, null, null, PorteurDossierController.PROJECT_LOCKED));
        }
        return binding.hasErrors()
                ? refused(binding)
                : save(user, DossierKind.PROJET_SANTE, form.toContent(), form.readVersion());
    }

    private ResponseEntity<Outcome> save(
            SignedInUser user, DossierKind kind, DossierContent content, OptionalLong version) {
        try {
            Dossier saved = service.saveDraft(user.account(), kind, content, version);
            // the form holds the stored version plus one (0 for a dossier never stored)
            return ResponseEntity.ok(new Outcome(true, saved.version() + 1, FrenchDates.time(clock.instant()), null));
        } catch (DossierConflict conflict) {
            return ResponseEntity.status(HttpStatus.CONFLICT)
                    .body(new Outcome(false, null, null, conflict.getMessage()));
        } catch (DomainException refused) {
            return ResponseEntity.unprocessableEntity().body(new Outcome(false, null, null, refused.getMessage()));
        }
    }

    private ResponseEntity<Outcome> refused(BindingResult binding) {
        String first = messages.getMessage(binding.getAllErrors().get(0), Locale.FRENCH);
        return ResponseEntity.unprocessableEntity().body(new Outcome(false, null, null, first));
    }
}
