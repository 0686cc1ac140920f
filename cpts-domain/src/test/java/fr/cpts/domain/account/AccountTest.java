package fr.cpts.domain.account;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.territory.RegionCode;
import org.junit.jupiter.api.Test;

class AccountTest {

    @Test
    void anArsOfficerIsBoundToARegion() {
        assertThatCode(() -> new Account(
                        "ars", "Agent", "{noop}x", Role.ARS_OFFICER, new AccessScope.Region(new RegionCode("75"))))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesARoleWithAScopeThatDoesNotFitIt() {
        assertThatThrownBy(() -> new Account(
                        "ars", "Agent", "{noop}x", Role.ARS_OFFICER, new AccessScope.OwnCpts(new CptsId(3))))
                .hasMessage("Le rôle « Agent ARS » ne peut pas avoir pour périmètre sa CPTS");
        assertThatThrownBy(() -> new Account("porteur", "Porteur", "{noop}x", Role.PORTEUR, new AccessScope.Platform()))
                .hasMessageContaining("Porteur de projet");
        assertThatThrownBy(() -> new Account(
                        "admin", "Admin", "{noop}x", Role.ADMINISTRATOR, new AccessScope.Region(new RegionCode("75"))))
                .hasMessageContaining("Administrateur");
    }

    @Test
    void refusesABlankLogin() {
        assertThatThrownBy(() -> new Account(" ", "Agent", "{noop}x", Role.ADMINISTRATOR, new AccessScope.Platform()))
                .hasMessage("L'identifiant est obligatoire");
    }
}
