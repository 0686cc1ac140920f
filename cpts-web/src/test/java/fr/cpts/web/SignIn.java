package fr.cpts.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Signs a person in through the real login form, for MockMvc tests that then act as them. */
public final class SignIn {

    private SignIn() {}

    /** The session of a successful sign-in; the test fails if the sign-in does not succeed. */
    public static MockHttpSession as(MockMvc mvc, String username, String password) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(password))
                .andExpect(authenticated())
                .andReturn()
                .getRequest()
                .getSession(false);
    }
}
