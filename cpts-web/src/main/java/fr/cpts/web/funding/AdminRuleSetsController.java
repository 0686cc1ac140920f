package fr.cpts.web.funding;

import fr.cpts.domain.territory.Communes;
import fr.cpts.funding.aci.AciParametersReader;
import fr.cpts.funding.assistant.AssistantParametersReader;
import fr.cpts.funding.ruleset.RuleSet;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The administrator reads the reference data the platform computes with: each funding rule set (barème) with its
 * period, its legal reference and what it leaves unknown or unconfirmed (a new rule set is a reviewed file change,
 * not an edit here), and the edition of the communes reference loaded.
 */
@Controller
class AdminRuleSetsController {

    private final Communes communes;

    AdminRuleSetsController(Communes communes) {
        this.communes = communes;
    }

    /** A rule set as the page lists it. */
    record Listed(String family, RuleSet<?> ruleSet, List<String> warnings) {}

    @GetMapping("/admin/referentiels")
    String ruleSets(Model model) {
        List<Listed> listed = new ArrayList<>();
        AciParametersReader.shippedRuleSets()
                .ruleSets()
                .all()
                .forEach(ruleSet -> listed.add(new Listed("ACI CPTS", ruleSet, ruleSet.warnings())));
        AssistantParametersReader.shippedRuleSets()
                .ruleSets()
                .all()
                .forEach(ruleSet -> listed.add(new Listed("Assistant médical", ruleSet, ruleSet.warnings())));
        model.addAttribute("ruleSets", listed);
        model.addAttribute("communes", communes.version().orElse(null));
        model.addAttribute("communeCount", communes.count());
        return "funding/rule-sets";
    }
}
