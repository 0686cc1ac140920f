package fr.cpts.domain.dashboard;

import fr.cpts.domain.account.AccessScope;
import java.time.LocalDate;
import java.util.List;

/** Read port: the dashboard of a scope on a day, each figure computed by the database over the scope. */
public interface Dashboards {

    DashboardFigures of(AccessScope scope, LocalDate today);

    /** Every département of France with its CPTS by stage and its coverage, in code order (the public map). */
    List<AreaFigures> departementsOfFrance();
}
