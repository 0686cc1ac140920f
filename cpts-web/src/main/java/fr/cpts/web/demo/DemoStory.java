package fr.cpts.web.demo;

import fr.cpts.domain.account.Account;
import fr.cpts.domain.assistant.AssistantSubsidyApplication;
import fr.cpts.domain.assistant.AssistantSubsidyRequestId;
import fr.cpts.domain.contract.ContractMission;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.dossier.Dossier;
import fr.cpts.domain.dossier.DossierContent;
import fr.cpts.domain.dossier.DossierId;
import fr.cpts.domain.dossier.DossierKind;
import fr.cpts.domain.dossier.DossierMove;
import fr.cpts.domain.dossier.OpinionBody;
import fr.cpts.domain.mission.Mission;
import fr.cpts.domain.money.Money;
import fr.cpts.domain.profile.LegalForm;
import fr.cpts.domain.territory.InseeCode;
import fr.cpts.web.FrenchFormats;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The story of one demo CPTS, told through the platform's use cases as its people would have lived it: each step
 * stands on its own day ({@link #on(Instant)}), so that what it files, decides or signs is dated and journaled as
 * it would have been. Steps read the version they change, as a page would.
 */
final class DemoStory {

    private final DemoServices services;
    private final CptsRecord cpts;
    private final Account porteur;
    private Instant day;

    DemoStory(DemoServices services, CptsRecord cpts, Account porteur) {
        this.services = services;
        this.cpts = cpts;
        this.porteur = porteur;
    }

    /** The day the next steps happen on. */
    DemoStory on(Instant day) {
        this.day = day;
        return this;
    }

    /** The day, that many days later (or earlier, when negative), for the next steps. */
    DemoStory daysLater(long days) {
        return on(day.plus(Duration.ofDays(days)));
    }

    Instant day() {
        return day;
    }

    LocalDate date() {
        return day.atZone(FrenchFormats.PARIS).toLocalDate();
    }

    CptsRecord cpts() {
        return cpts;
    }

    // ---- the porteur: territory, profile, dossiers ----

    DemoStory drawsTerritory(DemoTerritory territory) {
        at(() -> {
            for (String commune : territory.epciOfCommunes()) {
                services.communes().epciOf(InseeCode.parse(commune)).ifPresent(epci -> services.territory()
                        .addEpci(cpts, epci.code(), territoryVersion(), porteur));
            }
            if (!territory.communes().isEmpty()) {
                services.territory().paste(cpts, String.join(" ", territory.communes()), territoryVersion(), porteur);
            }
        });
        return this;
    }

    DemoStory describes(DemoTerritory territory) {
        at(() -> {
            services.profile()
                    .saveIdentity(
                            cpts,
                            LegalForm.ASSOCIATION_LOI_1901,
                            territory.address(),
                            territory.coordinator(),
                            profileVersion(),
                            porteur);
            territory.members().stream()
                    .filter(member -> member.commune().stream()
                            .allMatch(code -> services.communes().byCode(code).isPresent()))
                    .forEach(member -> services.profile().addMember(cpts, member, profileVersion(), porteur));
        });
        return this;
    }

    DemoStory drafts(DossierKind kind, DossierContent content) {
        at(() -> services.dossiers().saveDraft(porteur, kind, content, dossierVersion(kind)));
        return this;
    }

    DemoStory files(DossierKind kind) {
        at(() -> services.dossiers().submit(porteur, kind));
        return this;
    }

    // ---- the ARS: instruction ----

    DemoStory arsDecides(Account ars, DossierKind kind, DossierMove move) {
        at(() -> services.instruction().decide(ars, dossierId(kind), move, null));
        return this;
    }

    DemoStory arsWrites(Account ars, DossierKind kind, String message) {
        at(() -> services.dossiers().postMessage(ars, new DossierId(dossierId(kind)), message, List.of()));
        return this;
    }

    DemoStory arsComments(Account ars, DossierKind kind, String comment) {
        at(() -> services.instruction().comment(ars, dossierId(kind), comment));
        return this;
    }

    DemoStory arsAsksOpinion(Account ars, DossierKind kind, OpinionBody body, String question) {
        // answered within a month, as the ARS asks it
        at(() -> services.instruction()
                .askOpinion(ars, dossierId(kind), body, question, Optional.of(date().plusDays(30))));
        return this;
    }

    DemoStory arsGrantsSeed(Account ars, Money amount) {
        at(() -> services.instruction().grantSeed(ars, dossierId(DossierKind.LETTRE_INTENTION), amount, date()));
        return this;
    }

    // ---- the contract, signed by the three parties ----

    DemoStory draftsContract(LocalDate signatureDate, List<ContractMission> missions) {
        at(() -> {
            services.contracts().startDraft(porteur, cpts, signatureDate);
            services.contracts().revise(porteur, cpts, missions, contractVersion());
        });
        return this;
    }

    DemoStory porteurSigns() {
        return signs(porteur);
    }

    DemoStory signs(Account party) {
        at(() -> services.contracts().sign(party, cpts, contractVersion()));
        return this;
    }

    DemoStory reportsProgress(Mission mission, LocalDate startedOn, LocalDate fullyDeployedOn) {
        at(() -> services.contracts().reportProgress(porteur, cpts, mission, startedOn, fullyDeployedOn));
        return this;
    }

    // ---- the yearly review ----

    DemoStory opensReview(int year) {
        at(() -> services.reviews().open(porteur, year));
        return this;
    }

    DemoStory declares(int year, List<String> values, List<String> comments) {
        at(() -> services.reviews().declare(porteur, year, reviewVersion(year), values, comments));
        return this;
    }

    DemoStory filesReview(int year) {
        at(() -> services.reviews().submit(porteur, year, reviewVersion(year)));
        return this;
    }

    // ---- medical-assistant subsidies ----

    /** A draft request for a doctor; its id. */
    long draftsSubsidyRequest(AssistantSubsidyApplication application) {
        return services.clock().at(day, () -> services.subsidies()
                .create(porteur, application)
                .id()
                .orElseThrow()
                .value());
    }

    DemoStory filesSubsidyRequest(long id) {
        at(() -> services.subsidies()
                .file(
                        porteur,
                        id,
                        services.subsidyRequests()
                                .byId(new AssistantSubsidyRequestId(id))
                                .orElseThrow()
                                .version()));
        return this;
    }

    // ---- versions, read as a page would ----

    private void at(Runnable step) {
        services.clock().at(day, step);
    }

    private long territoryVersion() {
        return services.territories().forEditing(cpts.id()).version();
    }

    private long profileVersion() {
        return services.profiles().of(cpts.id()).map(stored -> stored.version()).orElse(0L);
    }

    private OptionalLong dossierVersion(DossierKind kind) {
        return services.dossierStore()
                .of(cpts.id(), kind)
                .map(dossier -> OptionalLong.of(dossier.version()))
                .orElse(OptionalLong.empty());
    }

    private long dossierId(DossierKind kind) {
        return services.dossierStore()
                .of(cpts.id(), kind)
                .flatMap(Dossier::id)
                .orElseThrow()
                .value();
    }

    private long contractVersion() {
        return services.contractStore().of(cpts.id()).orElseThrow().version();
    }

    private long reviewVersion(int year) {
        return services.reviewStore().of(cpts.id(), year).orElseThrow().version();
    }
}
