package fr.cpts.web.demo;

import fr.cpts.domain.account.AccessScope;
import fr.cpts.domain.account.Account;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.cpts.CptsStage;
import fr.cpts.domain.territory.DepartementCode;
import fr.cpts.domain.territory.RegionCode;
import java.time.Instant;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo scenario: five CPTS told from their first day through the platform's own use cases, with the clock set
 * back to each day, so that every demo CPTS has a complete, truthful journal (territory drawn, letters filed and
 * decided, contract signed by the three parties, review filed, each on its own date). Loaded at start when
 * {@code cpts.demo-data.enabled=true} (the default run); a CPTS already there is left as people changed it, and each
 * CPTS's story is one transaction (a failure leaves nothing of it). Never enabled in production (profile
 * {@code postgres}).
 * <ul>
 *   <li>CPTS Pays Basque: at its initiative, territory drawn, nothing filed;</li>
 *   <li>CPTS Sud Gironde: letter of intent filed and under instruction by the ARS, two assistant subsidy requests;</li>
 *   <li>CPTS Haute-Lande: letter of intent validated with a FIR seed grant, health project in draft;</li>
 *   <li>CPTS du Bassin d'Arcachon: both validated, contract signed fifteen months ago, its year 1 review filed and
 *   awaiting the CPAM, prevention not started yet;</li>
 *   <li>CPTS Grande-Terre Sud (Guadeloupe): both validated, contract signed twenty months ago.</li>
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
    private static final DepartementCode GUADELOUPE_DEPARTEMENT = new DepartementCode("971");

    private final DemoServices services;
    private final DemoCast cast;
    private final CptsRecords records;
    private final TransactionTemplate transaction;
    private final DemoDiagnostic diagnostic;

    DemoData(
            DemoServices services,
            DemoCast cast,
            CptsRecords records,
            TransactionTemplate transaction,
            DemoDiagnostic diagnostic) {
        this.services = services;
        this.cast = cast;
        this.records = records;
        this.transaction = transaction;
        this.diagnostic = diagnostic;
    }

    @Override
    public void run(ApplicationArguments args) {
        Account ars = cast.referent(cast.officer(
                "ars", "Julien Lefèvre", "ars-demo", Role.ARS_OFFICER, new AccessScope.Region(NOUVELLE_AQUITAINE)));
        Account cpam = cast.officer(
                "cpam",
                "Nadia Benali",
                "cpam-demo",
                Role.CPAM_OFFICER,
                new AccessScope.Departements(Set.of(GIRONDE, LANDES)));
        Account admin =
                cast.officer("admin", "Sophie Garnier", "admin-demo", Role.ADMINISTRATOR, new AccessScope.Platform());
        diagnostic.load(admin, ars);
        Account arsGuadeloupe = cast.withoutAccount(
                "ars-guadeloupe",
                "ARS Guadeloupe, Saint-Martin et Saint-Barthélemy",
                Role.ARS_OFFICER,
                new AccessScope.Region(GUADELOUPE));
        Account cgss = cast.withoutAccount(
                "cpam-guadeloupe",
                "CGSS de la Guadeloupe",
                Role.CPAM_OFFICER,
                new AccessScope.Departements(Set.of(GUADELOUPE_DEPARTEMENT)));
        Instant now = services.clock().realInstant();

        tell(
                "CPTS Pays Basque",
                NOUVELLE_AQUITAINE,
                new DepartementCode("64"),
                CptsStage.INITIATIVE,
                "porteur-paysbasque",
                "Dr Maite Etcheverry",
                "porteur-paysbasque-demo",
                story -> DemoChapters.paysBasque(story, now));
        tell(
                "CPTS Sud Gironde",
                NOUVELLE_AQUITAINE,
                GIRONDE,
                CptsStage.INITIATIVE,
                "porteur",
                "Dr Claire Martin",
                "porteur-demo",
                story -> DemoChapters.sudGironde(story, now, ars));
        tell(
                "CPTS Haute-Lande",
                NOUVELLE_AQUITAINE,
                LANDES,
                CptsStage.INITIATIVE,
                "porteur-hautelande",
                "Marc Lacoste",
                "porteur-hautelande-demo",
                story -> DemoChapters.hauteLande(story, now, ars));
        tell(
                "CPTS du Bassin d'Arcachon",
                NOUVELLE_AQUITAINE,
                GIRONDE,
                CptsStage.INITIATIVE,
                "porteur-arcachon",
                "Dr Hélène Dubos",
                "porteur-arcachon-demo",
                story -> DemoChapters.arcachon(story, now, ars, cpam));
        // its stage after the contract is recorded apart: the yearly reviews are its present
        tell(
                "CPTS Grande-Terre Sud",
                GUADELOUPE,
                GUADELOUPE_DEPARTEMENT,
                CptsStage.REVUE_ANNUELLE,
                "porteur-grande-terre",
                "Porteur Grande-Terre Sud",
                null,
                story -> DemoChapters.grandeTerreSud(story, now, arsGuadeloupe, cgss));
    }

    /** Creates the CPTS and its porteur, then tells its story, all in one transaction; a CPTS already there is kept. */
    private void tell(
            String name,
            RegionCode region,
            DepartementCode departement,
            CptsStage stage,
            String porteurLogin,
            String porteurName,
            String password,
            Consumer<DemoStory> story) {
        if (records.byName(name).isPresent()) {
            return;
        }
        log.info("Données de démonstration : la {}, de son premier jour à aujourd'hui", name);
        transaction.executeWithoutResult(status -> {
            CptsRecord cpts = records.create(name, region, departement, stage);
            Account porteur = cast.porteur(porteurLogin, porteurName, password, cpts);
            story.accept(new DemoStory(services, cpts, porteur));
        });
    }
}
