package fr.cpts.web.cpts;

import fr.cpts.domain.cpts.CptsFilter;
import fr.cpts.domain.cpts.CptsList;
import fr.cpts.domain.dashboard.Dashboards;
import fr.cpts.domain.shared.page.PageRequest;
import fr.cpts.domain.territory.DepartementCode;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * « Carte des CPTS », open to everyone: the départements of France shaded by the share of their population a CPTS
 * territory covers, with their CPTS by stage, the overseas ones as insets, and the same figures in a table; choosing a
 * département lists its CPTS, as the public directory shows them.
 */
@Controller
class PublicMapController {

    private final Dashboards dashboards;
    private final CptsList cpts;
    private final FranceMap map;

    PublicMapController(Dashboards dashboards, CptsList cpts, FranceMap map) {
        this.dashboards = dashboards;
        this.cpts = cpts;
        this.map = map;
    }

    @GetMapping("/carte")
    String map(@RequestParam(required = false) String departement, Model model) {
        List<MapDepartement> departements = dashboards.departementsOfFrance().stream()
                .map(figures -> new MapDepartement(figures, map.outline(figures.code())))
                .toList();
        Optional<MapDepartement> chosen = departements.stream()
                .filter(candidate -> candidate.code().equals(departement))
                .findFirst();
        model.addAttribute("viewBox", map.viewBox());
        model.addAttribute(
                "metropole",
                departements.stream().filter(d -> d.outline().isPresent()).toList());
        model.addAttribute(
                "overseas",
                departements.stream().filter(d -> d.outline().isEmpty()).toList());
        model.addAttribute("departements", departements);
        model.addAttribute("chosen", chosen.orElse(null));
        chosen.ifPresent(one -> model.addAttribute(
                "chosenCpts",
                cpts.publicDirectory(
                        new CptsFilter(null, new DepartementCode(one.code()), null, null),
                        PageRequest.of(1, PageRequest.MAX_SIZE))));
        return "cpts/map";
    }
}
