package fr.cpts.web.dossier;

import fr.cpts.domain.account.Account;
import fr.cpts.domain.diagnostic.FrozenDiagnostic;
import fr.cpts.domain.diagnostic.FrozenDiagnostics;
import fr.cpts.domain.dossier.Dossier;
import fr.cpts.domain.dossier.DossierId;
import fr.cpts.domain.dossier.DossierKind;
import fr.cpts.domain.dossier.Dossiers;
import fr.cpts.domain.shared.DomainException;
import fr.cpts.domain.shared.FrenchDates;
import fr.cpts.web.diagnostic.DiagnosticView;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The diagnostic frozen into a dossier when it was filed, as its pages show it (the porteur's and the ARS's, the
 * territory beside its département), and the porteur's comment on it.
 */
@Service
public class DossierDiagnostic {

    private final FrozenDiagnostics frozen;
    private final Dossiers dossiers;
    private final DossierLocator locator;
    private final Clock clock;

    DossierDiagnostic(FrozenDiagnostics frozen, Dossiers dossiers, DossierLocator locator, Clock clock) {
        this.frozen = frozen;
        this.dossiers = dossiers;
        this.locator = locator;
        this.clock = clock;
    }

    /** The dossier's frozen diagnostic, if it was filed with one. */
    @Transactional(readOnly = true)
    public Optional<View> of(DossierPage page) {
        if (!page.stored()) {
            return Optional.empty();
        }
        boolean commentable = !page.file().dossier().state().isFinal();
        return frozen.of(new DossierId(page.id())).map(found -> View.of(found, commentable));
    }

    /** Stores the porteur's comment on their dossier's frozen diagnostic (a blank text removes it). */
    @Transactional
    public void comment(Account porteur, DossierKind kind, String text) {
        Dossier dossier = dossiers.of(locator.ownCpts(porteur).id(), kind)
                .filter(found -> found.id().isPresent())
                .orElseThrow(() -> new DomainException("Le dossier n'a pas encore été déposé."));
        Optional<FrozenDiagnostic.Comment> comment =
                FrozenDiagnostic.comment(dossier.state(), text, porteur.displayName(), clock.instant());
        if (!frozen.comment(dossier.id().orElseThrow(), comment)) {
            throw new DomainException("Le dossier n'a pas de diagnostic figé : il n'a pas encore été déposé.");
        }
    }

    /**
     * A frozen diagnostic on a page.
     *
     * @param commentable whether the porteur may still comment (the dossier is not decided)
     */
    public record View(
            DiagnosticView table,
            String frozenOn,
            Optional<String> comment,
            Optional<String> commentedBy,
            Optional<String> commentedOn,
            boolean commentable) {

        static View of(FrozenDiagnostic frozen, boolean commentable) {
            return new View(
                    DiagnosticView.of(frozen.table()),
                    FrenchDates.day(frozen.table().computedAt()),
                    frozen.comment().map(FrozenDiagnostic.Comment::text),
                    frozen.comment().map(FrozenDiagnostic.Comment::by),
                    frozen.comment().map(comment -> FrenchDates.dayTime(comment.at())),
                    commentable);
        }
    }
}
