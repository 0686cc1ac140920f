package fr.cpts.web.contract;

import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.money.Money;
import fr.cpts.funding.contract.ContractPaymentLine;
import fr.cpts.funding.contract.ContractSchedule;
import fr.cpts.web.FrenchFormats;
import fr.cpts.web.export.Column;
import fr.cpts.web.export.Export;
import fr.cpts.web.export.ExportFormat;
import fr.cpts.web.security.SignedInUser;
import fr.cpts.web.territory.CptsAccess;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The officers' contract list as a file ({@code /ars/contrats.csv|xlsx}, {@code /cpam/contrats.csv|xlsx}), and the
 * schedule of a contract in force as its page shows it, for its three parties
 * ({@code /porteur/contrat/echeancier.csv|xlsx}, {@code /ars|cpam/cpts/{id}/contrat/echeancier.csv|xlsx}).
 */
@Controller
class ContractExportController {

    private static final Export<ContractRow> EXPORT = new Export<>(
            "contrats ACI",
            List.of(
                    Column.text("CPTS", row -> row.cpts().name()),
                    Column.text("Département", row -> row.cpts().departement().value()),
                    Column.text("Statut", row -> row.contract().status().label()),
                    Column.text("Échéances", row -> row.flags().stream()
                            .map(flag -> flag.label())
                            .collect(Collectors.joining(" | ")))));

    private static final Export<ContractPaymentLine> SCHEDULE = new Export<>(
            "echeancier du contrat ACI",
            List.of(
                    Column.integer("Année du contrat", ContractPaymentLine::year),
                    Column.date("Date", ContractPaymentLine::date),
                    Column.text("Versement", ContractPaymentLine::label),
                    Column.text("Nature", ContractExportController::nature),
                    Column.money(
                            "Montant (€)",
                            line -> line.amount().map(Money::amount).orElse(null)),
                    Column.money(
                            "Plafond en attente de la revue (€)",
                            line -> line.isPending() ? line.maximum().amount() : null)));

    private final ContractQueries contracts;
    private final CptsAccess access;
    private final Clock clock;

    ContractExportController(ContractQueries contracts, CptsAccess access, Clock clock) {
        this.contracts = contracts;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping({"/ars/contrats.{format}", "/cpam/contrats.{format}"})
    void export(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable String format,
            @RequestParam(name = "filtre", required = false) String filter,
            HttpServletResponse response)
            throws IOException {
        EXPORT.write(
                response,
                ExportFormat.named(format),
                FrenchFormats.today(clock),
                rows -> contracts.eachListed(user.account(), ContractFilter.toSign(filter), rows));
    }

    @GetMapping({
        "/porteur/contrat/echeancier.{format}",
        "/ars/cpts/{id}/contrat/echeancier.{format}",
        "/cpam/cpts/{id}/contrat/echeancier.{format}"
    })
    void schedule(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable(required = false) Long id,
            @PathVariable String format,
            HttpServletResponse response)
            throws IOException {
        ExportFormat chosen = ExportFormat.named(format);
        CptsRecord cpts = id == null ? access.own(user.account()) : access.visible(user.account(), id);
        ContractSchedule schedule = contracts
                .scheduleInForce(cpts.id())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        new Export<>(SCHEDULE.title() + " " + cpts.name(), SCHEDULE.columns())
                .write(response, chosen, FrenchFormats.today(clock), rows -> schedule.years().stream()
                        .flatMap(year -> year.lines().stream())
                        .forEach(rows));
    }

    /** What a line does, in the page's words. */
    private static String nature(ContractPaymentLine line) {
        if (line.isPending()) {
            return "En attente de la revue annuelle";
        }
        if (line.recovered()) {
            return "Reprise";
        }
        return line.toConfirm() ? "À confirmer" : "Versement";
    }
}
