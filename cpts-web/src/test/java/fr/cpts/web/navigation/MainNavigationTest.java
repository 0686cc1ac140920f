package fr.cpts.web.navigation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpts.domain.account.Role;
import fr.cpts.web.MessagesTest;
import java.io.IOException;
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
