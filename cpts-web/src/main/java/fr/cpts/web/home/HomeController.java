package fr.cpts.web.home;

import fr.cpts.domain.account.Accounts;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.cpts.CptsStage;
import fr.cpts.web.cpts.CptsDirectory;
import fr.cpts.web.security.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Each role's home page, and the redirection of {@code /} to it. */
@Controller
class HomeController {

    private final CptsDirectory directory;
    private final Accounts accounts;

    HomeController(CptsDirectory directory, Accounts accounts) {
        this.directory = directory;
        this.accounts = accounts;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal SignedInUser user) {
        return switch (user.account().role()) {
            case PORTEUR -> "redirect:/porteur";
            case ARS_OFFICER -> "redirect:/ars";
            case CPAM_OFFICER -> "redirect:/cpam";
            case ADMINISTRATOR -> "redirect:/admin";
        };
    }

    /** The porteur's CPTS, where it stands and what is expected next. */
    @GetMapping("/porteur")
    String porteur(@AuthenticationPrincipal SignedInUser user, Model model) {
        List<CptsRecord> own = directory.visibleTo(user.account());
        model.addAttribute("cpts", own.isEmpty() ? null : own.get(0));
        model.addAttribute("stages", CptsStage.values());
        return "home/porteur";
    }

    /** The CPTS of the ARS officer's région, with how many stand at each stage. */
    @GetMapping("/ars")
    String ars(@AuthenticationPrincipal SignedInUser user, Model model) {
        return officerHome(user, model, "home/ars");
    }

    /** The CPTS of the CPAM officer's départements, with how many stand at each stage. */
    @GetMapping("/cpam")
    String cpam(@AuthenticationPrincipal SignedInUser user, Model model) {
        return officerHome(user, model, "home/cpam");
    }

    /** The accounts of the platform. */
    @GetMapping("/admin")
    String admin(Model model) {
        model.addAttribute("accounts", accounts.all());
        return "home/admin";
    }

    private String officerHome(SignedInUser user, Model model, String view) {
        List<CptsRecord> visible = directory.visibleTo(user.account());
        Map<CptsStage, Long> byStage = new EnumMap<>(CptsStage.class);
        for (CptsStage stage : CptsStage.values()) {
            byStage.put(stage, visible.stream().filter(cpts -> cpts.stage() == stage).count());
        }
        model.addAttribute("cptsList", visible);
        model.addAttribute("byStage", byStage);
        model.addAttribute("scope", user.account().scope().describe());
        return view;
    }
}
