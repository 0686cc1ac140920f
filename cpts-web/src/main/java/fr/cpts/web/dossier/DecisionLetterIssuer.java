package fr.cpts.web.dossier;

import fr.cpts.domain.account.Actor;
import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.dossier.DecisionLetters;
import fr.cpts.domain.dossier.DossierId;
import fr.cpts.domain.dossier.DossierMove;
import fr.cpts.domain.dossier.DossierMoved;
import fr.cpts.domain.dossier.SeedGrantDecided;
import fr.cpts.domain.shared.ArchivedDocument;
import fr.cpts.domain.shared.FrenchDates;
import fr.cpts.domain.territory.Commune;
import fr.cpts.domain.territory.Communes;
import fr.cpts.domain.territory.Territories;
import fr.cpts.domain.territory.Territory;
import fr.cpts.web.ScopeNames;
import fr.cpts.web.document.DecisionLetterDocument;
import fr.cpts.web.document.DecisionLetterPdfs;
import fr.cpts.web.document.PdfDocument;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Issues the ARS's decision letters, in the decision's transaction: when a dossier is validated, refused, sent back
 * for corrections or closed, and when the FIR seed grant is decided. Each letter is a PDF archived with its SHA-256
 * ({@link DecisionLetters}), downloadable by the porteur and the ARS from the dossier's timeline.
 */
@Component
class DecisionLetterIssuer {

    /** The moves that are decisions the CPTS is notified of. */
    static final Set<DossierMove> DECISIONS =
            EnumSet.of(DossierMove.VALIDATE, DossierMove.REFUSE, DossierMove.REQUEST_CORRECTIONS, DossierMove.CLOSE);

    private final DecisionLetters letters;
    private final DecisionLetterPdfs pdfs;
    private final CptsRecords records;
    private final Territories territories;
    private final Communes communes;
    private final ScopeNames scopes;
    private final MessageSource messages;

    DecisionLetterIssuer(
            DecisionLetters letters,
            DecisionLetterPdfs pdfs,
            CptsRecords records,
            Territories territories,
            Communes communes,
            ScopeNames scopes,
            MessageSource messages) {
        this.letters = letters;
        this.pdfs = pdfs;
        this.records = records;
        this.territories = territories;
        this.communes = communes;
        this.scopes = scopes;
        this.messages = messages;
    }

    @EventListener
    void on(DossierMoved moved) {
        DossierMove move = moved.step().move();
        if (moved.dossier() == null || !DECISIONS.contains(move)) {
            return;
        }
        String key = moved.kind().name() + "." + move.name();
        issue(
                moved.cpts(),
                moved.dossier(),
                moved.step().actor(),
                moved.step().at(),
                "letter.title." + key,
                key,
                null,
                moved.step().reason());
    }

    @EventListener
    void on(SeedGrantDecided decided) {
        issue(
                decided.cpts(),
                decided.grant().letterOfIntent(),
                decided.grant().decidedBy(),
                decided.grant().recordedAt(),
                "letter.title.FIR",
                "FIR",
                new Object[] {
                    decided.grant().amount().toString(),
                    FrenchDates.day(decided.grant().decidedOn())
                },
                null);
    }

    private void issue(
            CptsId cptsId,
            DossierId dossier,
            Actor officer,
            Instant at,
            String titleKey,
            String decisionKey,
            Object[] decisionArguments,
            String reason) {
        CptsRecord cpts = records.byId(cptsId).orElseThrow();
        String regionName = scopes.region(cpts.region().value());
        Territory territory = territories.of(cptsId);
        List<Commune> found = territory.isEmpty()
                ? List.of()
                : communes.byCodes(territory.communes()).found();
        String agency = text("letter.agency", regionName);
        Object[] arguments = decisionArguments == null ? new Object[0] : decisionArguments;
        Object[] sentence = new Object[2 + arguments.length];
        sentence[0] = agency;
        sentence[1] = cpts.name();
        System.arraycopy(arguments, 0, sentence, 2, arguments.length);
        String title = text(titleKey);
        LocalDate day = LocalDate.ofInstant(at, FrenchDates.PARIS);
        PdfDocument pdf = pdfs.letter(new DecisionLetterDocument(
                agency,
                officer.displayName(),
                officer.role().label(),
                day,
                title,
                text("letter.decision." + decisionKey, sentence),
                reason,
                cpts.name(),
                scopes.departement(cpts.departement().value()),
                regionName,
                found.stream()
                        .sorted(Comparator.comparing(Commune::name))
                        .map(commune -> commune.name() + " (" + commune.code().value() + ")")
                        .toList(),
                found.stream()
                        .mapToLong(commune -> commune.population().orElse(0))
                        .sum()));
        letters.issue(dossier, title, ArchivedDocument.issue(pdf.filename(), pdf.bytes(), at));
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.FRENCH);
    }
}
