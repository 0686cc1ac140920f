package fr.cpts.web.contract;

import fr.cpts.domain.account.Accounts;
import fr.cpts.domain.account.Actor;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.dossier.Dossiers;
import fr.cpts.domain.territory.Territories;
import fr.cpts.web.dossier.TestPorteurs;
import fr.cpts.web.dossier.ValidatedDossiers;
import java.time.Instant;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A test CPTS of its own in Gironde whose letter of intent and health project the ARS validated in early 2024. */
public final class ContractTestTeams {

    /** The health project is validated on 01/03/2024 (Paris time). */
    static final Instant DOSSIERS_FROM = Instant.parse("2023-11-01T09:00:00Z");

    private ContractTestTeams() {}

    public static TestPorteurs.TestPorteur withValidatedHealthProject(
            String name,
            CptsRecords records,
            Territories territories,
            Accounts accounts,
            PasswordEncoder encoder,
            Dossiers dossiers) {
        TestPorteurs.TestPorteur team = TestPorteurs.create(name, records, territories, accounts, encoder);
        Actor porteur = new Actor(team.username(), "Porteur " + name, Role.PORTEUR);
        Actor ars = new Actor("ars", "Agent ARS", Role.ARS_OFFICER);
        ValidatedDossiers.validatedLetter(
                dossiers,
                team.cpts(),
                territories.of(team.cpts().id()),
                porteur,
                name,
                "une commune de Gironde",
                DOSSIERS_FROM.minusSeconds(86_400L * 100),
                ars);
        ValidatedDossiers.validatedProject(
                dossiers,
                team.cpts(),
                territories.of(team.cpts().id()),
                porteur,
                ars,
                DOSSIERS_FROM.plusSeconds(86_400L * 60));
        return team;
    }
}
