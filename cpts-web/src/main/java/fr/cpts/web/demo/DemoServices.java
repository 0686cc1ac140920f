package fr.cpts.web.demo;

import fr.cpts.domain.assistant.AssistantSubsidyRequests;
import fr.cpts.domain.contract.Contracts;
import fr.cpts.domain.dossier.Dossiers;
import fr.cpts.domain.profile.CptsProfiles;
import fr.cpts.domain.review.YearlyReviews;
import fr.cpts.domain.territory.Communes;
import fr.cpts.domain.territory.Territories;
import fr.cpts.web.ScenarioClock;
import fr.cpts.web.assistant.SubsidyRequestFiling;
import fr.cpts.web.contract.ContractService;
import fr.cpts.web.dossier.DossierInstruction;
import fr.cpts.web.dossier.DossierService;
import fr.cpts.web.profile.ProfilePages;
import fr.cpts.web.review.ReviewDeclaration;
import fr.cpts.web.territory.TerritoryPages;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The use cases a demo story goes through (the same the pages call), the ports it reads versions from, and the
 * clock it sets back.
 */
@Component
@ConditionalOnProperty(name = "cpts.demo-data.enabled", havingValue = "true")
record DemoServices(
        ScenarioClock clock,
        TerritoryPages territory,
        ProfilePages profile,
        DossierService dossiers,
        DossierInstruction instruction,
        ContractService contracts,
        ReviewDeclaration reviews,
        SubsidyRequestFiling subsidies,
        Communes communes,
        Territories territories,
        CptsProfiles profiles,
        Dossiers dossierStore,
        Contracts contractStore,
        YearlyReviews reviewStore,
        AssistantSubsidyRequests subsidyRequests) {}
