package fr.cpts.web.navigation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpts.domain.account.Role;
import fr.cpts.domain.cpts.CptsStage;
import fr.cpts.web.MessagesTest;
import java.io.IOException;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MainNavigationTest {

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyRoleHasANavigationWhoseLabelsAreInTheMessageBundle(Role role) throws IOException {
        Properties messages = MessagesTest.allBundles();

        assertThat(MainNavigation.itemsFor(role)).isNotEmpty().allSatisfy(item -> assertThat(messages)
                .containsKey(item.labelKey()));
        assertThat(MainNavigation.itemsFor(role).stream().flatMap(NavigationItem::links))
                .allSatisfy(item -> assertThat(messages).containsKey(item.labelKey()));
    }

    @Test
    void thePorteursNavigationHasSixEntriesWithTheirStepsInSubMenus() {
        List<NavigationItem> items = MainNavigation.porteur(CptsStage.REVUE_ANNUELLE);

        assertThat(items).hasSize(6);
        assertThat(items.stream().filter(NavigationItem::isGroup).map(NavigationItem::labelKey))
                .containsExactly("nav.porteur.home", "nav.porteur.dossiers", "nav.porteur.contractGroup");
        assertThat(items.stream().flatMap(NavigationItem::links)).noneMatch(NavigationItem::isLocked);
    }

    @ParameterizedTest
    @EnumSource(CptsStage.class)
    void aStepTheCptsHasNotReachedIsLockedWithItsReason(CptsStage stage) {
        List<String> locked = MainNavigation.porteur(stage).stream()
                .flatMap(NavigationItem::links)
                .filter(NavigationItem::isLocked)
                .map(NavigationItem::href)
                .toList();

        switch (stage) {
            case INITIATIVE, LETTRE_INTENTION ->
                assertThat(locked)
                        .containsExactly(
                                "/porteur/dossiers/projet-sante", "/porteur/contrat", "/porteur/contrat/revues");
            case PROJET_SANTE -> assertThat(locked).containsExactly("/porteur/contrat", "/porteur/contrat/revues");
            case CONTRAT_ACI, REVUE_ANNUELLE -> assertThat(locked).isEmpty();
        }
    }

    @Test
    void aGroupIsCurrentWhenOneOfItsEntriesIs() {
        NavigationItem contract = NavigationItem.group(
                "nav.porteur.contractGroup", new NavigationItem("nav.porteur.contract", "/porteur/contrat"));

        assertThat(contract.isCurrent("/porteur/contrat/revues/2")).isTrue();
        assertThat(contract.isCurrent("/porteur/dossiers")).isFalse();
    }

    @Test
    void anEntryIsCurrentOnItsPageAndItsSubPagesOnly() {
        NavigationItem ars = new NavigationItem("nav.ars.home", "/ars");

        assertThat(ars.isCurrent("/ars")).isTrue();
        assertThat(ars.isCurrent("/ars/dossiers/12")).isTrue();
        assertThat(ars.isCurrent("/arsenal")).isFalse();
        assertThat(ars.isCurrent("/cpam")).isFalse();
    }
}
