package fr.cpts.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.ui.ExtendedModelMap;

class LoginControllerTest {

    @Test
    void listsTheDemoAccountsOnlyWhenTheServerAnswersThisMachineOnly() {
        assertThat(demoAccountsShown(true, "127.0.0.1")).isTrue();
        assertThat(demoAccountsShown(true, "::1")).isTrue();
        assertThat(demoAccountsShown(true, "localhost")).isTrue();
        assertThat(demoAccountsShown(true, "0.0.0.0")).isFalse();
        assertThat(demoAccountsShown(true, "10.1.2.3")).isFalse();
        assertThat(demoAccountsShown(true, "")).as("all interfaces").isFalse();
        assertThat(demoAccountsShown(false, "127.0.0.1")).as("no demo data").isFalse();
    }

    private static boolean demoAccountsShown(boolean demoData, String address) {
        ExtendedModelMap model = new ExtendedModelMap();
        new LoginController(
                        demoData,
                        address,
                        new StaticListableBeanFactory().getBeanProvider(ClientRegistrationRepository.class))
                .login(model);
        return (Boolean) model.get("demoAccounts");
    }
}
