package fr.cpts.web.home;

import fr.cpts.domain.account.Accounts;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.cpts.CptsStage;
import fr.cpts.domain.shared.page.PageRequest;
import fr.cpts.web.contract.ContractQueries;
import fr.cpts.web.cpts.CptsDirectory;
import fr.cpts.web.dossier.CpamOpinions;
import fr.cpts.web.dossier.DossierInstruction;
import fr.cpts.web.dossier.DossierService;
import fr.cpts.web.security.SignedInUser;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Each role's home page, and the redirection of {@code /} to it. */
@Controller
class HomeController {

    private final CptsDirectory directory;
    private final Accounts accounts;
    private final DossierService dossiers;
    private final DossierInstruction instruction;
    private final CpamOpinions opinions;
    private final ContractQueries contracts;

    HomeController(
            CptsDirectory directory,
            Accounts accounts,
            DossierService dossiers,
            DossierInstruction instruction,
            CpamOpinions opinions,
            ContractQueries contracts) {
        this.instruction = instruction;
        this.opinions = opinions;
        this.directory = directory;
        this.accounts = accounts;
        this.dossiers = dossiers;
        this.contracts = contracts;
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

    /** The porteur's CPTS, where its dossiers lead it and what is expected next, computed from them. */
    @GetMapping("/porteur")
    String porteur(@AuthenticationPrincipal SignedInUser user, Model model) {
        DossierService.PorteurProgress progress =
                dossiers.progress(user.account()).orElse(null);
        model.addAttribute("cpts", progress == null ? null : progress.cpts());
        model.addAttribute("progress", progress);
        model.addAttribute("stages", CptsStage.values());
        model.addAttribute("contract", progress == null ? null : contracts.summary(progress.cpts()));
        return "home/porteur";
    }

    /** The CPTS of the ARS officer's région, with how many stand at each stage, and the dossiers waiting. */
    @GetMapping("/ars")
    String ars(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("waitingDossiers", instruction.awaitingArs(user.account()));
        return officerHome(user, model, "home/ars");
    }

    /** The CPTS of the CPAM officer's départements, with how many stand at each stage, and the opinions asked. */
    @GetMapping("/cpam")
    String cpam(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("waitingOpinions", opinions.awaitingCpam(user.account()));
        return officerHome(user, model, "home/cpam");
    }

    /** The accounts of the platform, a page at a time. */
    @GetMapping("/admin")
    String admin(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("accounts", accounts.listed(PageRequest.of(page, null)));
        model.addAttribute("pageLink", "?");
        return "home/admin";
    }

    private String officerHome(SignedInUser user, Model model, String view) {
        List<CptsRecord> visible = directory.visibleTo(user.account());
        Map<CptsStage, Long> byStage = new EnumMap<>(CptsStage.class);
        for (CptsStage stage : CptsStage.values()) {
            byStage.put(
                    stage,
                    visible.stream().filter(cpts -> cpts.stage() == stage).count());
        }
        model.addAttribute("cptsList", visible);
        model.addAttribute("byStage", byStage);
        model.addAttribute("scope", user.account().scope().describe());
        return view;
    }
}
