package fr.cpts.web.account;

import java.io.Serializable;
import java.util.Map;

/**
 * A health professional Pro Santé Connect vouched for, unknown to the platform: kept in their session between the
 * provider's answer and the sign-up form it pre-fills (the address, names and RPPS number come from the identity).
 *
 * @param rpps the RPPS number read from the national identifier (« 8 » followed by the 11 digits), blank when not
 *     given (plain strings: the session store serializes it)
 */
public record ProSanteConnectIdentity(String email, String firstName, String lastName, String rpps)
        implements Serializable {

    /** The session attribute holding it. */
    public static final String SESSION_ATTRIBUTE = "cpts.proSanteConnectIdentity";

    /** The identity read from the provider's claims (e-mail, given_name, family_name, SubjectNameID). */
    public static ProSanteConnectIdentity of(Map<String, Object> claims) {
        String nationalId = String.valueOf(claims.getOrDefault("SubjectNameID", ""));
        return new ProSanteConnectIdentity(
                String.valueOf(claims.getOrDefault("email", "")),
                String.valueOf(claims.getOrDefault("given_name", "")),
                String.valueOf(claims.getOrDefault("family_name", "")),
                nationalId.matches("8[0-9]{11}") ? nationalId.substring(1) : "");
    }
}
