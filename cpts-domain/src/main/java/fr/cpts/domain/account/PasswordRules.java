package fr.cpts.domain.account;

import fr.cpts.domain.shared.DomainException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules a new password follows, shown before typing and checked when it is chosen: at least
 * {@value #MINIMUM_LENGTH} characters (a passphrase is welcome), at most {@value #MAXIMUM_LENGTH}, not one of the
 * most common passwords (nor one with digits or signs added at its end), not the person's login or name, not a single
 * character repeated.
 */
public final class PasswordRules {

    public static final int MINIMUM_LENGTH = 12;
    public static final int MAXIMUM_LENGTH = 128;

    private static final Set<String> COMMON = load();

    private PasswordRules() {}

    /** The rules in French, as the form lists them. */
    public static List<String> describe() {
        return List.of(
                "compte au moins " + MINIMUM_LENGTH + " caractères : une phrase de plusieurs mots convient très bien ;",
                "compte au plus " + MAXIMUM_LENGTH + " caractères ;",
                "n'est ni un mot de passe parmi les plus répandus, ni votre identifiant, ni votre nom.");
    }

    /** Refuses a new password that breaks a rule, or whose confirmation typed differs from it. */
    public static void check(String password, String confirmation, Account account) {
        check(password, account);
        if (!password.equals(confirmation)) {
            throw new DomainException(
                    "Confirmation : elle diffère du nouveau mot de passe ; le mot de passe n'est pas changé.");
        }
    }

    /** Refuses a new password that breaks a rule, naming the field « Nouveau mot de passe ». */
    public static void check(String password, Account account) {
        if (password == null || password.length() < MINIMUM_LENGTH) {
            throw new DomainException("Nouveau mot de passe : il compte au moins " + MINIMUM_LENGTH + " caractères.");
        }
        if (password.length() > MAXIMUM_LENGTH) {
            throw new DomainException("Nouveau mot de passe : il compte au plus " + MAXIMUM_LENGTH + " caractères.");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        // a common password stays common with digits or signs added at its end (« azertyuiop12 »)
        String base = lower.strip().replaceAll("[0-9!?.*_\\-]+$", "");
        if (COMMON.contains(lower.strip())
                || COMMON.contains(base)
                || password.chars().distinct().count() == 1) {
            throw new DomainException("Nouveau mot de passe : il est trop répandu pour protéger le compte ; "
                    + "choisissez-en un autre, par exemple une phrase de plusieurs mots.");
        }
        if (lower.contains(account.username().toLowerCase(Locale.ROOT))
                || lower.replace(" ", "")
                        .contains(account.displayName().toLowerCase(Locale.ROOT).replace(" ", ""))) {
            throw new DomainException("Nouveau mot de passe : il ne contient ni votre identifiant ni votre nom.");
        }
    }

    private static Set<String> load() {
        try (InputStream stream = PasswordRules.class.getResourceAsStream("common-passwords.txt")) {
            if (stream == null) {
                throw new IllegalStateException("Liste des mots de passe répandus introuvable");
            }
            return new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
