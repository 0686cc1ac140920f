package fr.cpts.domain.account;

import fr.cpts.domain.shared.DomainException;
import fr.cpts.domain.shared.EmailAddress;
import java.util.Locale;
import java.util.Optional;

/**
 * What a health professional gives to sign up as a porteur: their mail address (which becomes their login), first and
 * last name, profession and, optionally, their RPPS number (11 digits). Each field is checked when typed, and refused
 * with its name.
 */
public record SignUp(
        String email, String firstName, String lastName, HealthProfession profession, Optional<String> rpps) {

    /** A login is at most this long, so an address longer than that cannot be one. */
    public static final int EMAIL_MAX = 100;

    private static final int NAME_MAX = 100;

    public SignUp {
        email = email(email);
        firstName = name(firstName, "Prénom");
        lastName = name(lastName, "Nom");
        if (profession == null) {
            throw new DomainException("Profession : choisissez votre profession dans la liste.");
        }
        rpps = rpps == null ? Optional.empty() : rpps.map(String::strip).filter(typed -> !typed.isEmpty());
        if (rpps.isPresent() && !rpps.get().matches("[0-9]{11}")) {
            throw new DomainException("Numéro RPPS : il compte 11 chiffres (par exemple 10001234567) ; laissez le "
                    + "champ vide si vous n'en avez pas.");
        }
    }

    /** The sign-up as typed in the form: the profession by its name, the RPPS number blank when there is none. */
    public static SignUp typed(String email, String firstName, String lastName, String profession, String rpps) {
        return new SignUp(email, firstName, lastName, HealthProfession.chosen(profession), Optional.ofNullable(rpps));
    }

    /** The name shown for the account, « Prénom Nom ». */
    public String displayName() {
        return firstName + " " + lastName;
    }

    /** The address as login: the login is the address in lower case. */
    public String username() {
        return email.toLowerCase(Locale.ROOT);
    }

    private static String email(String typed) {
        String address = typed == null ? "" : typed.strip();
        if (!EmailAddress.isValid(address) || address.length() > EMAIL_MAX) {
            throw new DomainException("Adresse électronique : écrivez une adresse valide d'au plus " + EMAIL_MAX
                    + " caractères, par exemple prenom.nom@exemple.fr.");
        }
        return address;
    }

    private static String name(String typed, String field) {
        String name = typed == null ? "" : typed.strip();
        if (name.isEmpty() || name.length() > NAME_MAX) {
            throw new DomainException(field + " : il est obligatoire, en " + NAME_MAX + " caractères au plus.");
        }
        if (name.chars().anyMatch(c -> Character.isISOControl(c) || "<>\"{}[]=;".indexOf(c) >= 0)) {
            throw new DomainException(
                    field + " : écrivez-le en lettres (les tirets, apostrophes et espaces sont acceptés).");
        }
        return name;
    }
}
