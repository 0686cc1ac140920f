package fr.cpts.web.dashboard;

import fr.cpts.domain.account.AccessScope;
import fr.cpts.domain.account.Account;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.dashboard.Dashboards;
import fr.cpts.web.FrenchFormats;
import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Collectors;
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
    private final CptsRecords records;
    private final Clock clock;

    DashboardQueries(Dashboards dashboards, CptsRecords records, Clock clock) {
        this.dashboards = dashboards;
        this.records = records;
        this.clock = clock;
    }

    public DashboardPage of(Account viewer) {
        LocalDate today = FrenchFormats.today(clock);
        AccessScope scope = viewer.role() == Role.ADMINISTRATOR ? new AccessScope.National() : viewer.scope();
        return new DashboardPage(dashboards.of(scope, today), nameOf(scope), viewer.role(), today);
    }

    private String nameOf(AccessScope scope) {
        if (scope instanceof AccessScope.OwnCpts own) {
            return records.byId(own.cpts()).map(cpts -> cpts.name()).orElse("votre CPTS");
        }
        if (scope instanceof AccessScope.Region region) {
            return "région " + region.region().value();
        }
        if (scope instanceof AccessScope.Departements departements) {
            return "départements "
                    + departements.departements().stream()
                            .map(code -> code.value())
                            .sorted()
                            .collect(Collectors.joining(", "));
        }
        return "France entière";
    }
}
