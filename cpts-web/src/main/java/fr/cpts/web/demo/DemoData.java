package fr.cpts.web.demo;

import fr.cpts.domain.account.AccessScope;
import fr.cpts.domain.account.Account;
import fr.cpts.domain.account.Accounts;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.cpts.CptsStage;
import fr.cpts.domain.territory.DepartementCode;
import fr.cpts.domain.territory.RegionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * Demo data for evaluating the platform: a few CPTS at different stages and one account per role (passwords in
 * the README). Loaded at start when {@code cpts.demo-data.enabled=true} (the default run); adds only what is
 * missing, so restarts keep what people changed. Never enabled in production (profile {@code postgres}).
 */
@Component
@ConditionalOnProperty(name = "cpts.demo-data.enabled", havingValue = "true")
public class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final RegionCode NOUVELLE_AQUITAINE = new RegionCode("75");
    private static final RegionCode GUADELOUPE = new RegionCode("01");
    private static final DepartementCode GIRONDE = new DepartementCode("33");
    private static final DepartementCode LANDES = new DepartementCode("40");

    private final CptsRecords cpts;
    private final Accounts accounts;
    private final PasswordEncoder passwordEncoder;

    DemoData(CptsRecords cpts, Accounts accounts, PasswordEncoder passwordEncoder) {
        this.cpts = cpts;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    public void run(ApplicationArguments args) {
        CptsRecord sudGironde = cptsNamed("CPTS Sud Gironde", NOUVELLE_AQUITAINE, GIRONDE, CptsStage.LETTRE_INTENTION);
        cptsNamed("CPTS du Bassin d'Arcachon", NOUVELLE_AQUITAINE, GIRONDE, CptsStage.CONTRAT_ACI);
        cptsNamed("CPTS Haute-Lande", NOUVELLE_AQUITAINE, LANDES, CptsStage.PROJET_SANTE);
        cptsNamed("CPTS Pays Basque", NOUVELLE_AQUITAINE, new DepartementCode("64"), CptsStage.INITIATIVE);
        cptsNamed("CPTS Grande-Terre Sud", GUADELOUPE, new DepartementCode("971"), CptsStage.REVUE_ANNUELLE);

        account("porteur", "Dr Claire Martin", "porteur-demo", Role.PORTEUR, new AccessScope.OwnCpts(sudGironde.id()));
        account("ars", "Julien Lefèvre (ARS Nouvelle-Aquitaine)", "ars-demo", Role.ARS_OFFICER,
                new AccessScope.Region(NOUVELLE_AQUITAINE));
        account("cpam", "Nadia Benali (CPAM de la Gironde)", "cpam-demo", Role.CPAM_OFFICER,
                new AccessScope.Departements(Set.of(GIRONDE, LANDES)));
        account("admin", "Administration de la plateforme", "admin-demo", Role.ADMINISTRATOR,
                new AccessScope.Platform());
    }

    private CptsRecord cptsNamed(String name, RegionCode region, DepartementCode departement, CptsStage stage) {
        return cpts.byName(name).orElseGet(() -> {
            log.info("Données de démonstration : création de la {}", name);
            return cpts.create(name, region, departement, stage);
        });
    }

    private void account(String username, String displayName, String password, Role role, AccessScope scope) {
        if (accounts.byUsername(username).isEmpty()) {
            log.info("Données de démonstration : création du compte « {} » ({})", username, role.label());
            accounts.create(new Account(username, displayName, passwordEncoder.encode(password), role, scope));
        }
    }
}
