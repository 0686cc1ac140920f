package fr.cpts.web.profile;

import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.profile.Coordinator;
import fr.cpts.domain.profile.LegalForm;
import fr.cpts.domain.profile.LegalFormRefused;
import fr.cpts.domain.profile.LegalFormRule;
import fr.cpts.domain.profile.Member;
import fr.cpts.domain.profile.MemberKind;
import fr.cpts.domain.profile.PostalAddress;
import fr.cpts.domain.profile.Professions;
import fr.cpts.domain.profile.ProfileConflict;
import fr.cpts.domain.profile.StructureType;
import fr.cpts.domain.shared.DomainException;
import fr.cpts.domain.territory.InseeCode;
import fr.cpts.web.security.SignedInUser;
import fr.cpts.web.territory.CptsAccess;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * « Fiche CPTS »: the porteur fills in their CPTS's legal form, address and coordinator, and lists its members.
 * The CPTS is the porteur's own, from their account. Refused input is shown next to its field; a change saved by
 * someone else meanwhile is never overwritten.
 */
@Controller
class PorteurProfileController {

    static final String PAGE = "/porteur/cpts/fiche";

    private final CptsAccess access;
    private final ProfilePages pages;

    PorteurProfileController(CptsAccess access, ProfilePages pages) {
        this.access = access;
        this.pages = pages;
    }

    @GetMapping(PAGE)
    String profile(@AuthenticationPrincipal SignedInUser user, Model model) {
        CptsRecord cpts = access.own(user.account());
        Optional<ProfileView> view = pages.view(cpts);
        ProfileForm form = ProfileForm.of(view);
        MemberForm member = new MemberForm();
        member.setVersion(form.getVersion());
        return page(cpts, view, form, member, model);
    }

    /** A link to a CPTS's profile by id leads to the porteur's own page, or nowhere (404) for another CPTS. */
    @GetMapping("/porteur/cpts/{id}/fiche")
    String byId(@AuthenticationPrincipal SignedInUser user, @PathVariable("id") long id) {
        access.visible(user.account(), id);
        return "redirect:" + PAGE;
    }

    @PostMapping(PAGE)
    String save(
            @AuthenticationPrincipal SignedInUser user,
            @Valid @ModelAttribute("form") ProfileForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        CptsRecord cpts = access.own(user.account());
        LegalForm legalForm = null;
        if (!binding.hasFieldErrors("legalForm")) {
            legalForm = Arrays.stream(LegalForm.values())
                    .filter(f -> f.name().equals(form.getLegalForm()))
                    .findFirst()
                    .orElse(null);
            if (legalForm == null) {
                binding.rejectValue("legalForm", "invalid", "Choisissez la forme juridique dans la liste.");
            } else {
                if (!LegalFormRule.CURRENT.allows(legalForm)) {
                    binding.rejectValue(
                            "legalForm",
                            "refused",
                            new LegalFormRefused(legalForm, LegalFormRule.CURRENT).getMessage());
                }
            }
        }
        PostalAddress address = null;
        Coordinator coordinator = null;
        if (!binding.hasErrors()) {
            try {
                address = new PostalAddress(form.getStreet(), form.getPostalCode(), form.getCity());
            } catch (DomainException refused) {
                binding.rejectValue("postalCode", "refused", refused.getMessage());
            }
            if (address != null) {
                try {
                    LegalFormRule.CURRENT.require(legalForm, address);
                } catch (LegalFormRefused refused) {
                    binding.rejectValue("legalForm", "refused", refused.getMessage());
                }
            }
            try {
                coordinator = new Coordinator(
                        form.getCoordinatorName(), form.getCoordinatorEmail(), form.getCoordinatorPhone());
            } catch (DomainException refused) {
                binding.rejectValue("coordinatorPhone", "refused", refused.getMessage());
            }
        }
        if (binding.hasErrors()) {
            MemberForm member = new MemberForm();
            member.setVersion(form.getVersion());
            return page(cpts, pages.view(cpts), form, member, model);
        }
        try {
            pages.saveIdentity(cpts, legalForm, address, coordinator, form.getVersion(), user.account());
            redirect.addFlashAttribute("success", "La fiche de la CPTS a été enregistrée.");
        } catch (ProfileConflict conflict) {
            redirect.addFlashAttribute("error", conflict.getMessage());
        }
        return "redirect:" + PAGE;
    }

    @PostMapping(PAGE + "/membres")
    String addMember(
            @AuthenticationPrincipal SignedInUser user,
            @Valid @ModelAttribute("member") MemberForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        CptsRecord cpts = access.own(user.account());
        MemberKind kind = Arrays.stream(MemberKind.values())
                .filter(k -> k.name().equals(form.getKind()))
                .findFirst()
                .orElse(null);
        if (kind == null && !binding.hasFieldErrors("kind")) {
            binding.rejectValue("kind", "invalid", "Choisissez le type de membre dans la liste.");
        }
        if (kind == MemberKind.HEALTH_PROFESSIONAL
                && Professions.byCode(form.getProfession()).isEmpty()) {
            binding.rejectValue("profession", "required", "Choisissez la profession du professionnel de santé.");
        }
        if (kind == MemberKind.CARE_STRUCTURE
                && Arrays.stream(StructureType.values())
                        .noneMatch(type -> type.name().equals(form.getStructureType()))) {
            binding.rejectValue("structureType", "required", "Choisissez le type de structure : ESP, MSP ou CDS.");
        }
        Optional<InseeCode> commune = Optional.empty();
        if (!binding.hasFieldErrors("commune")) {
            try {
                commune = pages.commune(form.getCommune());
            } catch (DomainException refused) {
                binding.rejectValue("commune", "unknown", refused.getMessage());
            }
        }
        if (binding.hasErrors()) {
            return rerenderWithMemberErrors(cpts, form, model);
        }
        Member member =
                switch (kind) {
                    case HEALTH_PROFESSIONAL ->
                        Member.professional(form.getName(), Professions.require(form.getProfession()), commune);
                    case CARE_STRUCTURE ->
                        Member.structure(form.getName(), StructureType.valueOf(form.getStructureType()), commune);
                    case MEDICO_SOCIAL_PARTNER, HOSPITAL_PARTNER -> Member.partner(kind, form.getName(), commune);
                };
        try {
            pages.addMember(cpts, member, form.getVersion(), user.account());
            redirect.addFlashAttribute("success", member.name() + " a été ajouté(e) aux membres.");
        } catch (ProfileConflict conflict) {
            redirect.addFlashAttribute("error", conflict.getMessage());
        } catch (DomainException refused) {
            binding.reject("refused", refused.getMessage());
            return rerenderWithMemberErrors(cpts, form, model);
        }
        return "redirect:" + PAGE + "#membres";
    }

    @PostMapping(PAGE + "/membres/{index}/retrait")
    String removeMember(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable("index") int index,
            @RequestParam("version") long version,
            RedirectAttributes redirect) {
        CptsRecord cpts = access.own(user.account());
        try {
            String name = pages.removeMember(cpts, index, version, user.account());
            redirect.addFlashAttribute("success", name + " a été retiré(e) des membres.");
        } catch (DomainException refused) {
            redirect.addFlashAttribute("error", refused.getMessage());
        }
        return "redirect:" + PAGE + "#membres";
    }

    private String rerenderWithMemberErrors(CptsRecord cpts, MemberForm member, Model model) {
        Optional<ProfileView> view = pages.view(cpts);
        ProfileForm form = ProfileForm.of(view);
        return page(cpts, view, form, member, model);
    }

    private String page(CptsRecord cpts, Optional<ProfileView> view, ProfileForm form, MemberForm member, Model model) {
        model.addAttribute("cpts", cpts);
        model.addAttribute("view", view.orElse(null));
        model.addAttribute("form", form);
        model.addAttribute("member", member);
        model.addAttribute("legalForms", LegalForm.values());
        model.addAttribute("legalRule", LegalFormRule.CURRENT);
        model.addAttribute("memberKinds", MemberKind.values());
        model.addAttribute("professions", Professions.ALL);
        model.addAttribute("structureTypes", StructureType.values());
        model.addAttribute("editors", pages.editors(cpts));
        return "profile/porteur";
    }
}
