package fr.cpts.web.account;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A password hash nobody can sign in with: the account of someone who chooses their own password from a mailed link,
 * or who signs in only through an identity provider, or acts in the demo story without signing in.
 */
public final class UnusablePasswords {

    private static final SecureRandom RANDOM = new SecureRandom();

    private UnusablePasswords() {}

    /** A random secret nobody knows, never stored anywhere else. */
    public static String hash() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return "{noop}" + HexFormat.of().formatHex(secret);
    }
}
