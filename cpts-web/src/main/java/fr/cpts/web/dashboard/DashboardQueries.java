package fr.cpts.web.dashboard;

import fr.cpts.domain.account.AccessScope;
import fr.cpts.domain.account.Account;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.dashboard.Dashboards;
import fr.cpts.web.FrenchFormats;
import fr.cpts.web.ScopeNames;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard of the person's scope: the administrator's is all of France, an ARS officer's their région, a CPAM
 * officer's their départements, a porteur's their CPTS.
 */
@Service
@Transactional(readOnly = true)
public class DashboardQueries {

    private final Dashboards dashboards;
    private final ScopeNames scopes;
    private final Clock clock;

    DashboardQueries(Dashboards dashboards, ScopeNames scopes, Clock clock) {
        this.dashboards = dashboards;
        this.scopes = scopes;
        this.clock = clock;
    }

    public DashboardPage of(Account viewer) {
        LocalDate today = FrenchFormats.today(clock);
        AccessScope scope = viewer.role() == Role.ADMINISTRATOR ? new AccessScope.National() : viewer.scope();
        return new DashboardPage(dashboards.of(scope, today), scopes.of(scope), viewer.role(), today);
    }
}
