package fr.cpts.web.contract;

import fr.cpts.domain.account.Account;
import fr.cpts.domain.contract.ContractConflict;
import fr.cpts.domain.contract.ContractMission;
import fr.cpts.domain.contract.EndCause;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.mission.Mission;
import fr.cpts.domain.money.FrenchNumbers;
import fr.cpts.domain.shared.ArchivedDocument;
import fr.cpts.domain.shared.DomainException;
import fr.cpts.funding.contract.PaymentStatement;
import fr.cpts.web.confirmation.Confirmation;
import fr.cpts.web.confirmation.ConfirmationPage;
import fr.cpts.web.document.PdfDownloads;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the porteur's and the officers' contract pages share: each action, its French success or refusal message,
 * and the page models. {@code base} is the page's address for the viewer ({@code /porteur/contrat},
 * {@code /ars/cpts/12/contrat}...).
 */
@Component
class ContractPages {

    private final ContractService service;
    private final ContractQueries queries;

    ContractPages(ContractService service, ContractQueries queries) {
        this.service = service;
        this.queries = queries;
    }

    String show(Account viewer, CptsRecord cpts, String base, Model model) {
        ContractPage page = queries.page(viewer, cpts);
        model.addAttribute("page", page);
        if (page.canSign()) {
            model.addAttribute("signatureConfirmation", SignatureConfirmation.of(page, base));
        }
        if (page.canEnd()) {
            model.addAttribute("endConfirmation", EndConfirmation.of(page, base, null, null));
        }
        model.addAttribute("base", base);
        model.addAttribute("missionValues", Mission.values());
        return "contract/page";
    }

    String start(Account by, CptsRecord cpts, LocalDate signatureDate, String base, RedirectAttributes redirect) {
        return act(
                redirect,
                base,
                "Le projet de contrat ACI est créé : complétez les missions, leurs montants et " + "leurs indicateurs.",
                () -> service.startDraft(by, cpts, signatureDate));
    }

    String form(Account viewer, CptsRecord cpts, String base, Model model, RedirectAttributes redirect) {
        ContractPage page = queries.page(viewer, cpts);
        if (!page.canEdit()) {
            redirect.addFlashAttribute(
                    "error",
                    page.hasContract()
                            ? "Le projet ne peut plus être modifié : sa signature a commencé, ou le contrat est signé "
                                    + "(préparez un avenant)."
                            : "La CPTS n'a pas encore de projet de contrat ACI.");
            return "redirect:" + base;
        }
        return formPage(
                page,
                ContractForm.of(
                        page.draft().terms(),
                        page.version(),
                        page.draft()
                                .deadlines()
                                .compulsoryAtSignature(page.draft().signatureDate())),
                base,
                model);
    }

    String revise(
            Account by,
            CptsRecord cpts,
            ContractForm form,
            BindingResult binding,
            String base,
            Model model,
            RedirectAttributes redirect) {
        if (!form.listsEveryMission()) {
            redirect.addFlashAttribute(
                    "error",
                    "Le formulaire du contrat reçu ne liste pas chaque mission une fois : "
                            + "rien n'est enregistré ; rouvrez le projet pour le modifier.");
            return "redirect:" + base;
        }
        List<ContractMission> missions = binding.hasErrors() ? null : form.toMissions(binding);
        if (missions != null) {
            try {
                service.revise(by, cpts, missions, form.getVersion());
                redirect.addFlashAttribute("success", "Le projet de contrat est enregistré.");
                return "redirect:" + base;
            } catch (ContractConflict conflict) {
                redirect.addFlashAttribute("error", conflict.getMessage());
                return "redirect:" + base;
            } catch (DomainException refused) {
                binding.reject("refused", refused.getMessage());
            }
        }
        ContractPage page = queries.page(by, cpts);
        if (!page.canEdit()) {
            // nothing left to edit (signature begun, contract signed): the refusal is told on the contract page
            redirect.addFlashAttribute(
                    "error",
                    binding.getGlobalErrors().stream()
                            .map(e -> e.getDefaultMessage())
                            .findFirst()
                            .orElse("Le projet de contrat ne peut plus être modifié."));
            return "redirect:" + base;
        }
        form.addEmptySlots();
        return formPage(page, form, base, model);
    }

    /**
     * Signs once the signer confirmed it; without the confirming answer, the confirmation page (what the signature
     * commits to). A signature the page would not offer goes to the domain, which refuses it with its reason.
     */
    String sign(
            Account by,
            CptsRecord cpts,
            long version,
            String confirmation,
            String base,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        if (!Confirmation.given(confirmation)) {
            ContractPage page = queries.page(by, cpts);
            if (page.canSign()) {
                return ConfirmationPage.show(SignatureConfirmation.of(page, base), base + "/signature", request, model);
            }
        }
        return act(redirect, base, "Votre signature est enregistrée.", () -> service.sign(by, cpts, version));
    }

    String amend(Account by, CptsRecord cpts, String reason, long version, String base, RedirectAttributes redirect) {
        return act(
                redirect,
                base,
                "Le projet d'avenant est créé à partir du contrat en vigueur : modifiez-le puis "
                        + "faites-le signer par les trois parties.",
                () -> service.amend(by, cpts, reason, version));
    }

    /**
     * Records the end once a party confirmed it; without the confirming answer, the confirmation page. An end the
     * page would not offer, or posted without its cause, reason or day, goes to the domain, which says what is wrong.
     */
    String end(
            Account by,
            CptsRecord cpts,
            EndCause cause,
            LocalDate endsOn,
            String reason,
            long version,
            String confirmation,
            String base,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        boolean complete = cause != null && !reason.isBlank() && (cause == EndCause.NON_RENEWAL || endsOn != null);
        if (!Confirmation.given(confirmation) && complete) {
            ContractPage page = queries.page(by, cpts);
            if (page.canEnd()) {
                return ConfirmationPage.show(
                        EndConfirmation.of(page, base, cause, endsOn), base + "/fin", request, model);
            }
        }
        return act(
                redirect,
                base,
                "La fin du contrat est enregistrée : aucun versement n'est ordonné à partir de sa date, l'échéancier "
                        + "indique ce qui reste dû ou est à récupérer.",
                () -> service.end(by, cpts, cause, endsOn, reason, version));
    }

    String whatIf(
            Account viewer,
            CptsRecord cpts,
            int year,
            List<String> indicators,
            List<String> values,
            String base,
            Model model) {
        Map<String, BigDecimal> typed = new LinkedHashMap<>();
        Map<String, String> asTyped = new LinkedHashMap<>();
        for (int i = 0; i < indicators.size(); i++) {
            String text = i < values.size() ? values.get(i) : "";
            asTyped.put(indicators.get(i), text);
            if (text != null && !text.isBlank()) {
                BigDecimal value = FrenchNumbers.parse(text);
                if (value == null) {
                    model.addAttribute(
                            "whatIfError",
                            "Indicateur « " + indicators.get(i) + " » : « " + text
                                    + " » n'est pas un nombre (par exemple 42,5).");
                    break;
                }
                typed.put(indicators.get(i), value);
            }
        }
        if (!model.containsAttribute("whatIfError")) {
            try {
                PaymentStatement statement = service.whatIf(cpts, year, typed);
                model.addAttribute("whatIf", statement);
            } catch (DomainException refused) {
                model.addAttribute("whatIfError", refused.getMessage());
            }
        }
        model.addAttribute("whatIfYear", year);
        model.addAttribute("whatIfValues", asTyped);
        return show(viewer, cpts, base, model);
    }

    ResponseEntity<byte[]> document(CptsRecord cpts, int version) {
        ArchivedDocument document =
                queries.document(cpts, version).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return PdfDownloads.archived(document);
    }

    private String formPage(ContractPage page, ContractForm form, String base, Model model) {
        model.addAttribute("page", page);
        model.addAttribute("form", form);
        model.addAttribute("base", base);
        return "contract/form";
    }

    private static String act(RedirectAttributes redirect, String base, String success, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("success", success);
        } catch (DomainException refused) {
            redirect.addFlashAttribute("error", refused.getMessage());
        }
        return "redirect:" + base;
    }
}
