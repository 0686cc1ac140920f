package fr.cpts.web.navigation;

import fr.cpts.domain.account.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class MainNavigationTest {

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyRoleHasANavigationWhoseLabelsAreInTheMessageBundle(Role role) throws IOException {
        Properties messages = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/messages.properties")) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }

        assertThat(MainNavigation.itemsFor(role)).isNotEmpty()
                .allSatisfy(item -> assertThat(messages).containsKey(item.labelKey()));
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
