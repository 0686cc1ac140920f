package fr.cpts.web.demo;

import fr.cpts.domain.account.AccessScope;
import fr.cpts.domain.account.Account;
import fr.cpts.domain.account.Actor;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.cpts.CptsStage;
import fr.cpts.domain.dossier.ActionSheet;
import fr.cpts.domain.dossier.Dossier;
import fr.cpts.domain.dossier.DossierExchanges;
import fr.cpts.domain.dossier.DossierKind;
import fr.cpts.domain.dossier.DossierMessage;
import fr.cpts.domain.dossier.Dossiers;
import fr.cpts.domain.dossier.HealthProject;
import fr.cpts.domain.dossier.OpinionBody;
import fr.cpts.domain.dossier.OpinionRequest;
import fr.cpts.domain.dossier.PrivateComment;
import fr.cpts.domain.dossier.SeedGrant;
import fr.cpts.domain.dossier.SeedGrants;
import fr.cpts.domain.mission.Mission;
import fr.cpts.domain.money.Money;
import fr.cpts.domain.territory.DepartementCode;
import fr.cpts.domain.territory.InseeCode;
import fr.cpts.domain.territory.RegionCode;
import fr.cpts.domain.territory.Territory;
import fr.cpts.web.FrenchFormats;
import fr.cpts.web.account.AccountCreation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Demo data for evaluating the platform: a few CPTS whose dossiers put them at different stages, one account per
 * role and one porteur per demo CPTS (passwords in the README). Loaded at start when
 * {@code cpts.demo-data.enabled=true} (the default run); adds only what is missing, so restarts keep what people
 * changed. Never enabled in production (profile {@code postgres}).
 * <ul>
 *   <li>CPTS Pays Basque: at its initiative, territory drawn, nothing filed;</li>
 *   <li>CPTS Sud Gironde: letter of intent filed and under instruction by the ARS;</li>
 *   <li>CPTS Haute-Lande: letter of intent validated with a FIR seed grant, health project in draft;</li>
 *   <li>CPTS du Bassin d'Arcachon: letter of intent and health project validated, then its ACI contract (see
 *   {@code ContractDemoData});</li>
 *   <li>CPTS Grande-Terre Sud (Guadeloupe): both validated, contract signed and in its yearly reviews.</li>
 * </ul>
 */
@Component
@ConditionalOnProperty(name = "cpts.demo-data.enabled", havingValue = "true")
public class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final RegionCode NOUVELLE_AQUITAINE = new RegionCode("75");
    private static final RegionCode GUADELOUPE = new RegionCode("01");
    private static final DepartementCode GIRONDE = new DepartementCode("33");
    private static final DepartementCode LANDES = new DepartementCode("40");

    private static final Actor ARS = new Actor("ars", "Julien Lefèvre (ARS Nouvelle-Aquitaine)", Role.ARS_OFFICER);
    private static final Actor ARS_GUADELOUPE = new Actor("ars-guadeloupe", "ARS Guadeloupe", Role.ARS_OFFICER);

    private final CptsRecords cpts;
    private final AccountCreation accounts;
    private final PasswordEncoder passwordEncoder;
    private final Dossiers dossiers;
    private final DossierExchanges exchanges;
    private final SeedGrants seedGrants;

    private final Clock clock;

    DemoData(
            CptsRecords cpts,
            AccountCreation accounts,
            PasswordEncoder passwordEncoder,
            Dossiers dossiers,
            DossierExchanges exchanges,
            SeedGrants seedGrants,
            Clock clock) {
        this.clock = clock;
        this.cpts = cpts;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.dossiers = dossiers;
        this.exchanges = exchanges;
        this.seedGrants = seedGrants;
    }

    @Override
    public void run(ApplicationArguments args) {
        // the stage of each CPTS follows its dossiers; only the stage after the contract is recorded apart
        CptsRecord sudGironde = cptsNamed("CPTS Sud Gironde", NOUVELLE_AQUITAINE, GIRONDE, CptsStage.INITIATIVE);
        CptsRecord arcachon = cptsNamed("CPTS du Bassin d'Arcachon", NOUVELLE_AQUITAINE, GIRONDE, CptsStage.INITIATIVE);
        CptsRecord hauteLande = cptsNamed("CPTS Haute-Lande", NOUVELLE_AQUITAINE, LANDES, CptsStage.INITIATIVE);
        CptsRecord paysBasque =
                cptsNamed("CPTS Pays Basque", NOUVELLE_AQUITAINE, new DepartementCode("64"), CptsStage.INITIATIVE);
        CptsRecord grandeTerre =
                cptsNamed("CPTS Grande-Terre Sud", GUADELOUPE, new DepartementCode("971"), CptsStage.REVUE_ANNUELLE);

        // the territories themselves are drawn by TerritoryDemoData once every runner has run; the dossiers below
        // were filed with these communes, which those territories include
        Territory sudGirondeTerritory = territory(sudGironde, "33227", "33352");
        Territory arcachonTerritory = territory(arcachon, "33009", "33529", "33199");
        Territory hauteLandeTerritory = territory(hauteLande, "40134", "40246");
        Territory grandeTerreTerritory = territory(grandeTerre, "97101", "97120", "97113");

        account("porteur", "Dr Claire Martin", "porteur-demo", Role.PORTEUR, new AccessScope.OwnCpts(sudGironde.id()));
        account(
                "ars",
                "Julien Lefèvre (ARS Nouvelle-Aquitaine)",
                "ars-demo",
                Role.ARS_OFFICER,
                new AccessScope.Region(NOUVELLE_AQUITAINE));
        account(
                "cpam",
                "Nadia Benali (CPAM de la Gironde)",
                "cpam-demo",
                Role.CPAM_OFFICER,
                new AccessScope.Departements(Set.of(GIRONDE, LANDES)));
        account(
                "admin",
                "Administration de la plateforme",
                "admin-demo",
                Role.ADMINISTRATOR,
                new AccessScope.Platform());
        account(
                "porteur-arcachon",
                "Dr Hélène Dubos",
                "porteur-arcachon-demo",
                Role.PORTEUR,
                new AccessScope.OwnCpts(arcachon.id()));
        account(
                "porteur-hautelande",
                "Marc Lacoste (infirmier)",
                "porteur-hautelande-demo",
                Role.PORTEUR,
                new AccessScope.OwnCpts(hauteLande.id()));
        account(
                "porteur-paysbasque",
                "Dr Maite Etcheverry",
                "porteur-paysbasque-demo",
                Role.PORTEUR,
                new AccessScope.OwnCpts(paysBasque.id()));

        Instant now = clock.instant();
        Actor claire = new Actor("porteur", "Dr Claire Martin", Role.PORTEUR);
        if (dossiers.of(sudGironde.id(), DossierKind.LETTRE_INTENTION).isEmpty()) {
            log.info("Données de démonstration : lettre d'intention en instruction pour la {}", sudGironde.name());
            Dossier letter = Dossier.startLetterOfIntent(sudGironde.id(), now.minus(days(40)));
            letter.edit(DemoDossiers.letter("Sud Gironde", "Langon, Bazas et La Réole"), claire);
            letter.submit(claire, now.minus(days(21)), sudGirondeTerritory, List.of());
            letter.take(ARS, now.minus(days(12)));
            Dossier stored = dossiers.save(letter);
            var id = stored.id().orElseThrow();
            exchanges.addMessage(
                    DossierMessage.write(
                            id,
                            ARS,
                            now.minus(days(11)),
                            "Bonjour, pouvez-vous préciser " + "les établissements de santé associés au projet ?"),
                    List.of());
            exchanges.addComment(new PrivateComment(
                    id,
                    ARS,
                    now.minus(days(11)),
                    "Territoire cohérent avec le bassin de vie de Langon ; vérifier la MSP de Bazas."));
            exchanges.saveOpinion(OpinionRequest.ask(
                    id,
                    OpinionBody.CPAM,
                    "Le territoire et les orientations vous paraissent-ils cohérents avec les besoins repérés ?",
                    ARS,
                    now.minus(days(10))));
        }

        Actor marc = new Actor("porteur-hautelande", "Marc Lacoste (infirmier)", Role.PORTEUR);
        Dossier hauteLandeLetter = validatedLetter(
                hauteLande,
                hauteLandeTerritory,
                marc,
                "Haute-Lande",
                "Labouheyre, Sabres et Pissos",
                now.minus(days(200)),
                ARS);
        if (hauteLandeLetter != null) {
            seedGrants.record(new SeedGrant(
                    hauteLandeLetter.id().orElseThrow(),
                    Money.euros(30_000),
                    LocalDate.ofInstant(now.minus(days(120)), FrenchFormats.PARIS),
                    ARS,
                    now.minus(days(120))));
        }
        if (dossiers.of(hauteLande.id(), DossierKind.PROJET_SANTE).isEmpty()) {
            Dossier project = Dossier.startHealthProject(
                    dossiers.of(hauteLande.id(), DossierKind.LETTRE_INTENTION).orElseThrow(), now.minus(days(60)));
            project.edit(
                    new HealthProject(
                            "Territoire rural de 25 000 habitants, 4 200 patients sans médecin " + "traitant.",
                            "12 médecins, 30 infirmiers, 3 pharmacies, EHPAD de Sabres.",
                            "",
                            Map.of(
                                    Mission.ACCES_SOINS,
                                    new ActionSheet("Trouver un médecin traitant aux patients ALD", "", "", "", "")),
                            "",
                            "",
                            "",
                            ""),
                    marc);
            dossiers.save(project);
        }

        Actor helene = new Actor("porteur-arcachon", "Dr Hélène Dubos", Role.PORTEUR);
        validatedLetter(
                arcachon,
                arcachonTerritory,
                helene,
                "Bassin d'Arcachon",
                "Arcachon, La Teste-de-Buch et Gujan-Mestras",
                now.minus(days(800)),
                ARS);
        validatedProject(arcachon, arcachonTerritory, helene, ARS, now.minus(days(560)));

        Actor guadeloupe = new Actor("porteur-grande-terre", "Porteur Grande-Terre Sud", Role.PORTEUR);
        validatedLetter(
                grandeTerre,
                grandeTerreTerritory,
                guadeloupe,
                "Grande-Terre Sud",
                "Les Abymes, Pointe-à-Pitre et Le Gosier",
                now.minus(days(900)),
                ARS_GUADELOUPE);
        validatedProject(grandeTerre, grandeTerreTerritory, guadeloupe, ARS_GUADELOUPE, now.minus(days(700)));
    }

    private static Territory territory(CptsRecord record, String... communes) {
        return new Territory(
                record.id(), Stream.of(communes).map(InseeCode::new).collect(Collectors.toSet()));
    }

    private Dossier validatedLetter(
            CptsRecord record,
            Territory territory,
            Actor porteur,
            String name,
            String communes,
            Instant from,
            Actor officer) {
        return DemoDossiers.validatedLetter(dossiers, record, territory, porteur, name, communes, from, officer);
    }

    private void validatedProject(CptsRecord record, Territory territory, Actor porteur, Actor officer, Instant from) {
        DemoDossiers.validatedProject(dossiers, record, territory, porteur, officer, from);
    }

    private static Duration days(long days) {
        return Duration.ofDays(days);
    }

    private CptsRecord cptsNamed(String name, RegionCode region, DepartementCode departement, CptsStage stage) {
        return cpts.byName(name).orElseGet(() -> {
            log.info("Données de démonstration : création de la {}", name);
            return cpts.create(name, region, departement, stage);
        });
    }

    private void account(String username, String displayName, String password, Role role, AccessScope scope) {
        // journaled as done by the platform (« système »); an existing login is left as it is
        if (!accounts.exists(username)
                && accounts.createIfAbsentBySystem(
                        new Account(username, displayName, passwordEncoder.encode(password), role, scope))) {
            log.info("Données de démonstration : création du compte « {} » ({})", username, role.label());
        }
    }
}
