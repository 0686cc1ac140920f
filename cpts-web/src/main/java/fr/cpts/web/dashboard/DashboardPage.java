package fr.cpts.web.dashboard;

import fr.cpts.domain.account.Role;
import fr.cpts.domain.dashboard.AreaFigures;
import fr.cpts.domain.dashboard.Coverage;
import fr.cpts.domain.dashboard.DashboardFigures;
import fr.cpts.domain.dashboard.Funds;
import fr.cpts.domain.dashboard.StageCounts;
import fr.cpts.domain.dashboard.WorkInProgress;
import fr.cpts.domain.money.FrenchNumbers;
import fr.cpts.web.FrenchFormats;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * The dashboard as its page shows it: the figures, what the scope is called, and for each figure the list it counts
 * under the viewer's own prefix (null where the viewer has no such list).
 */
public record DashboardPage(DashboardFigures figures, String scopeName, Role viewer, LocalDate today) {

    /** A figure as a tile: its value written in French, its label's message key and arguments, its list. */
    public record Tile(String value, String key, List<String> args, String href) {

        public Tile {
            args = List.copyOf(args);
        }
    }

    public List<Tile> stageTiles() {
        StageCounts stages = figures.stages();
        return List.of(
                new Tile(number(stages.cpts()), "dashboard.stages.cpts", List.of(), null),
                new Tile(number(stages.lettersValidated()), "dashboard.stages.letters", List.of(), link("letters")),
                new Tile(
                        number(stages.projectsFiledOrValidated()),
                        "dashboard.stages.projects",
                        List.of(),
                        link("projects")),
                new Tile(
                        number(stages.contractsSignedOrSigning()),
                        "dashboard.stages.contracts",
                        List.of(number(stages.contractsSigned()), number(stages.contractsSigning())),
                        link("contracts")));
    }

    public List<Tile> coverageTiles() {
        Coverage coverage = figures.coverage();
        String href = link("coverage");
        return List.of(
                new Tile(
                        number(coverage.coveredPopulation()),
                        "dashboard.coverage.covered",
                        List.of(number(coverage.population())),
                        href),
                new Tile(share(coverage), "dashboard.coverage.share", List.of(), href),
                new Tile(
                        number(coverage.uncoveredCommunes()),
                        "dashboard.coverage.uncovered",
                        List.of(number(coverage.communes()), number(coverage.uncoveredPopulation())),
                        href));
    }

    public List<Tile> fundTiles() {
        Funds funds = figures.funds();
        return List.of(
                new Tile(euros(funds.committed()), "dashboard.funds.committed", List.of(), link("committed")),
                new Tile(euros(funds.paid()), "dashboard.funds.paid", List.of(), link("paid")),
                new Tile(euros(funds.dueNext90Days()), "dashboard.funds.due", List.of(), link("due")),
                new Tile(euros(funds.late()), "dashboard.funds.late", List.of(), link("late")));
    }

    public List<Tile> workTiles() {
        WorkInProgress work = figures.work();
        return List.of(
                new Tile(number(work.contractsLate()), "dashboard.work.late", List.of(), link("contracts")),
                new Tile(number(work.contractsDueSoon()), "dashboard.work.soon", List.of(), link("contracts")),
                new Tile(number(work.reviewsAwaitingCpts()), "dashboard.work.reviewsCpts", List.of(), link("reviews")),
                new Tile(number(work.reviewsAwaitingCpam()), "dashboard.work.reviewsCpam", List.of(), link("reviews")),
                new Tile(number(work.ordersSuspended()), "dashboard.work.suspended", List.of(), link("suspended")));
    }

    /** A coverage share as the page writes it, « — » for an area without known population. */
    public String share(Coverage coverage) {
        return FrenchFormats.percentOf(coverage.coveredShare());
    }

    /** Days as the instruction table writes them, « — » when there is no figure. */
    public String days(OptionalDouble days) {
        return days.isPresent()
                ? FrenchNumbers.format(BigDecimal.valueOf(days.getAsDouble()).setScale(0, RoundingMode.HALF_UP)) + " j"
                : "—";
    }

    private static String number(long value) {
        return FrenchNumbers.format(value);
    }

    private static String euros(BigDecimal amount) {
        return FrenchNumbers.format(amount) + " €";
    }

    /** The stage chart's categories, as the bar chart reads them (a JSON list of one list). */
    public String stageLabels() {
        return "[[\"Lettres d'intention validées\", \"Projets de santé déposés ou validés\","
                + " \"ACI signés ou en cours de signature\"]]";
    }

    /** The stage chart's values. */
    public String stageValues() {
        StageCounts stages = figures.stages();
        return "[[" + stages.lettersValidated() + ", " + stages.projectsFiledOrValidated() + ", "
                + stages.contractsSignedOrSigning() + "]]";
    }

    /** The area chart's categories: the départements or régions, by name. */
    public String areaLabels() {
        return "[[" + figures.areas().stream().map(area -> json(area.name())).collect(Collectors.joining(", ")) + "]]";
    }

    /** The area chart's three series, in the order of {@link #areaSeries()}. */
    public String areaValues() {
        List<AreaFigures> areas = figures.areas();
        return "[" + series(areas, a -> a.stages().lettersValidated()) + ", "
                + series(areas, a -> a.stages().projectsFiledOrValidated()) + ", "
                + series(areas, a -> a.stages().contractsSignedOrSigning()) + "]";
    }

    public String areaSeries() {
        return "[\"Lettres d'intention validées\", \"Projets de santé déposés ou validés\","
                + " \"ACI signés ou en cours de signature\"]";
    }

    /** Whether the areas are the départements (of a région or a caisse) rather than the régions of France. */
    public boolean byDepartement() {
        return viewer != Role.ADMINISTRATOR;
    }

    /** The list a figure counts, for the viewer; null when they have none. */
    public String link(String figure) {
        String prefix =
                switch (viewer) {
                    case PORTEUR -> "/porteur";
                    case ARS_OFFICER -> "/ars";
                    case CPAM_OFFICER -> "/cpam";
                    case ADMINISTRATOR -> "/admin";
                };
        boolean porteur = viewer == Role.PORTEUR;
        boolean officer = viewer == Role.ARS_OFFICER || viewer == Role.CPAM_OFFICER;
        return switch (figure) {
            case "letters" ->
                porteur
                        ? "/porteur/dossiers/lettre-intention"
                        : viewer == Role.ARS_OFFICER
                                ? "/ars/dossiers?etat=VALIDATED"
                                : viewer == Role.ADMINISTRATOR ? "/admin/cpts?etape=LETTRE_INTENTION" : "/cpam";
            case "projects" ->
                porteur
                        ? "/porteur/dossiers/projet-sante"
                        : viewer == Role.ARS_OFFICER
                                ? "/ars/dossiers"
                                : viewer == Role.ADMINISTRATOR ? "/admin/cpts?etape=PROJET_SANTE" : "/cpam/avis";
            case "contracts" ->
                porteur ? "/porteur/contrat" : officer ? prefix + "/contrats" : "/admin/cpts?etape=CONTRAT_ACI";
            case "coverage" ->
                porteur ? "/porteur/cpts/territoire" : viewer == Role.ARS_OFFICER ? "/ars/couverture" : null;
            case "instruction" -> viewer == Role.ARS_OFFICER ? "/ars/dossiers" : null;
            case "reviews" -> porteur ? "/porteur/contrat/revues" : officer ? prefix + "/revues" : null;
            case "paid" -> prefix + "/paiements?vue=payes";
            case "due" -> prefix + "/paiements?vue=a-venir";
            case "late" -> prefix + "/paiements?vue=en-retard";
            case "suspended" -> prefix + "/paiements?vue=suspendus";
            case "committed" -> prefix + "/paiements?vue=tous";
            default -> throw new IllegalArgumentException("Chiffre inconnu du tableau de bord : " + figure);
        };
    }

    private static String series(List<AreaFigures> areas, java.util.function.ToLongFunction<AreaFigures> value) {
        return "["
                + areas.stream().map(a -> String.valueOf(value.applyAsLong(a))).collect(Collectors.joining(", ")) + "]";
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
