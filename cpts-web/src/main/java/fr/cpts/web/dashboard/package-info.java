/** « Tableau de bord »: the steering figures of each person's scope, as charts and the same figures as tables. */
package fr.cpts.web.dashboard;
