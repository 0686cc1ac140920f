package fr.cpts.web.diagnostic;

import fr.cpts.domain.diagnostic.DiagnosticTable;
import fr.cpts.domain.territory.Commune;
import fr.cpts.domain.territory.CommuneLookup;
import fr.cpts.domain.territory.Communes;
import fr.cpts.domain.territory.Epci;
import fr.cpts.domain.territory.InseeCode;
import fr.cpts.domain.territory.PastedInseeCodes;
import fr.cpts.domain.territory.SearchText;
import java.util.List;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * « Diagnostic territorial », without sign-in: the diagnostic of a pasted list of communes or of an EPCI, compared
 * with its département, its région and France, as the Assurance Maladie's own tool shows it, so that a group of
 * professionals can see their territory before they write their letter of intent.
 */
@Controller
class PublicDiagnosticController {

    static final int MAX_COMMUNES = 1_000;
    private static final int EPCI_RESULTS = 10;

    private final TerritoryDiagnostics diagnostics;
    private final Communes communes;
    private final MessageSource messages;

    PublicDiagnosticController(TerritoryDiagnostics diagnostics, Communes communes, MessageSource messages) {
        this.diagnostics = diagnostics;
        this.communes = communes;
        this.messages = messages;
    }

    @GetMapping("/diagnostic")
    String diagnostic(
            @RequestParam(name = "communes", required = false) String pasted,
            @RequestParam(name = "epci", required = false) String epci,
            @RequestParam(name = "q", required = false) String epciSearch,
            @RequestParam(name = "millesime", required = false) List<String> years,
            Model model) {
        model.addAttribute("communes", pasted);
        model.addAttribute("q", epciSearch);
        model.addAttribute("maxCommunes", MAX_COMMUNES);
        model.addAttribute("years", diagnostics.yearChoices());
        if (epciSearch != null) {
            searchEpci(epciSearch, model);
        }
        Optional<List<Commune>> studied = Optional.empty();
        if (epci != null && !epci.isBlank()) {
            studied = ofEpci(epci.strip(), model);
        } else if (pasted != null && !pasted.isBlank()) {
            studied = ofPasted(PastedInseeCodes.parse(pasted), model);
        }
        studied.ifPresent(list -> {
            model.addAttribute("studied", list);
            diagnostics.flowsOf(list).ifPresent(flows -> model.addAttribute("flows", flows));
            diagnostics
                    .of(list, text("diagnostic.public.studied", list.size()), DiagnosticYears.asked(years))
                    .filter(DiagnosticTable::hasData)
                    .map(DiagnosticView::of)
                    .ifPresent(view -> model.addAttribute("diagnostic", view));
        });
        model.addAttribute("asked", DiagnosticYears.asked(years));
        return "diagnostic/public";
    }

    private void searchEpci(String text, Model model) {
        if (SearchText.normalise(text).length() < 2) {
            model.addAttribute("epciError", text("diagnostic.public.epci.short"));
        } else {
            List<Epci> found = communes.searchEpci(text, EPCI_RESULTS);
            model.addAttribute("epciResults", found);
            if (found.isEmpty()) {
                model.addAttribute("epciError", text("diagnostic.public.epci.none", text.strip()));
            }
        }
    }

    private Optional<List<Commune>> ofEpci(String siren, Model model) {
        Optional<Epci> found = siren.length() > 20 ? Optional.empty() : communes.epci(siren);
        if (found.isEmpty()) {
            model.addAttribute("communesError", text("diagnostic.public.unknownEpci", siren));
            return Optional.empty();
        }
        model.addAttribute("epciChosen", found.get());
        return Optional.of(communes.membersOf(siren));
    }

    private Optional<List<Commune>> ofPasted(PastedInseeCodes codes, Model model) {
        if (!codes.malformed().isEmpty()) {
            model.addAttribute(
                    "communesError", text("diagnostic.public.malformed", String.join(", ", codes.malformed())));
            return Optional.empty();
        }
        if (codes.codes().size() > MAX_COMMUNES) {
            model.addAttribute(
                    "communesError",
                    text(
                            "diagnostic.public.tooMany",
                            MAX_COMMUNES,
                            codes.codes().size()));
            return Optional.empty();
        }
        CommuneLookup lookup = communes.byCodes(codes.codes());
        if (!lookup.unknown().isEmpty()) {
            model.addAttribute(
                    "communesError",
                    text(
                            "diagnostic.public.unknown",
                            String.join(
                                    ", ",
                                    lookup.unknown().stream()
                                            .map(InseeCode::value)
                                            .toList())));
            return Optional.empty();
        }
        return Optional.of(lookup.found());
    }

    private String text(String code, Object... arguments) {
        return messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
    }
}
