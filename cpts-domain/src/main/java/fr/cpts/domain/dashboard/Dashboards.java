package fr.cpts.domain.dashboard;

import fr.cpts.domain.account.AccessScope;
import java.time.LocalDate;

/** Read port: the dashboard of a scope on a day, each figure computed by the database over the scope. */
public interface Dashboards {

    DashboardFigures of(AccessScope scope, LocalDate today);
}
