package fr.cpts.web.account;

import fr.cpts.domain.account.Account;
import fr.cpts.domain.account.AccountFilter;
import fr.cpts.domain.account.Accounts;
import fr.cpts.web.FrenchFormats;
import fr.cpts.web.ScopeNames;
import fr.cpts.web.export.Column;
import fr.cpts.web.export.Export;
import fr.cpts.web.export.ExportFormat;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The administrator's account list as a file, with its search and filters ({@code /admin/comptes.csv|xlsx}). */
@Controller
class AccountExportController {

    private final Accounts accounts;
    private final ScopeNames scopes;
    private final Clock clock;

    AccountExportController(Accounts accounts, ScopeNames scopes, Clock clock) {
        this.accounts = accounts;
        this.scopes = scopes;
        this.clock = clock;
    }

    /** The list's columns, as its page shows them. */
    private Export<Account> export() {
        return new Export<>(
                "comptes",
                List.of(
                        Column.text("Identifiant", Account::username),
                        Column.text("Nom", Account::displayName),
                        Column.text("Rôle", account -> account.role().label()),
                        Column.text("Périmètre", account -> scopes.named(account.scope())),
                        Column.text("Référent", account -> account.referent() ? "oui" : "non"),
                        Column.text("État", account -> account.disabled() ? "désactivé" : "actif")));
    }

    @GetMapping("/admin/comptes.{format}")
    void export(
            @PathVariable String format,
            @RequestParam(name = "q", defaultValue = "") String words,
            @RequestParam(name = "role", defaultValue = "") String role,
            @RequestParam(name = "region", defaultValue = "") String region,
            @RequestParam(name = "departement", defaultValue = "") String departement,
            HttpServletResponse response)
            throws IOException {
        AccountFilter filter = AccountFilter.typed(words, role, region, departement);
        export().write(
                        response,
                        ExportFormat.named(format),
                        FrenchFormats.today(clock),
                        rows -> accounts.each(filter, rows));
    }
}
