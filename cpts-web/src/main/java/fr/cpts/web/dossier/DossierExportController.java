package fr.cpts.web.dossier;

import fr.cpts.domain.dossier.AskedOpinion;
import fr.cpts.domain.dossier.DossierState;
import fr.cpts.web.FrenchFormats;
import fr.cpts.web.export.Column;
import fr.cpts.web.export.Export;
import fr.cpts.web.export.ExportFormat;
import fr.cpts.web.security.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The dossier lists as files, with the filters of the list: the ARS's dossiers ({@code /ars/dossiers.csv|xlsx}) and
 * the opinions asked of the CPAM ({@code /cpam/avis.csv|xlsx}).
 */
@Controller
class DossierExportController {

    private static final Export<ArsQueueRow> ARS_QUEUE = new Export<>(
            "dossiers",
            List.of(
                    Column.integer("N° de dossier", ArsQueueRow::id),
                    Column.text("CPTS", row -> row.dossier().cptsName()),
                    Column.text(
                            "Département", row -> row.dossier().departement().value()),
                    Column.text("Dossier", row -> row.dossier().kind().label()),
                    Column.text("État", row -> row.dossier().state().label()),
                    Column.day("Dans cet état depuis le", row -> row.dossier().inStateSince()),
                    Column.integer("Jours dans cet état", ArsQueueRow::days)));

    private static final Export<AskedOpinion> CPAM_OPINIONS = new Export<>(
            "avis demandes a la CPAM",
            List.of(
                    Column.integer("N° de dossier", opinion -> opinion.dossier().value()),
                    Column.text("CPTS", AskedOpinion::cptsName),
                    Column.text("Dossier", opinion -> opinion.kind().label()),
                    Column.day("Demandé le", AskedOpinion::requestedAt),
                    Column.date("Attendu avant le", AskedOpinion::dueOn),
                    Column.text("Avis donné", opinion -> opinion.answered() ? "oui" : "non")));

    private final DossierInstruction instruction;
    private final CpamOpinions opinions;
    private final Clock clock;

    DossierExportController(DossierInstruction instruction, CpamOpinions opinions, Clock clock) {
        this.instruction = instruction;
        this.opinions = opinions;
        this.clock = clock;
    }

    @GetMapping("/ars/dossiers.{format}")
    void arsQueue(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable String format,
            @RequestParam(required = false) String vue,
            @RequestParam(required = false) String etat,
            @RequestParam(required = false) String departement,
            @RequestParam(required = false) Integer anciennete,
            HttpServletResponse response)
            throws IOException {
        ARS_QUEUE.write(response, ExportFormat.named(format), FrenchFormats.today(clock), rows -> {
            DossierState state = QueueView.stateNamed(etat);
            instruction.eachInArsQueue(
                    user.account(), QueueView.of(vue, state != null), state, departement, anciennete, rows);
        });
    }

    @GetMapping("/cpam/avis.{format}")
    void cpamOpinions(
            @AuthenticationPrincipal SignedInUser user, @PathVariable String format, HttpServletResponse response)
            throws IOException {
        CPAM_OPINIONS.write(
                response,
                ExportFormat.named(format),
                FrenchFormats.today(clock),
                rows -> opinions.eachCpamOpinion(user.account(), rows));
    }
}
