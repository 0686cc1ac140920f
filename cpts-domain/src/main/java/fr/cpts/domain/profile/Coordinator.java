package fr.cpts.domain.profile;

import fr.cpts.domain.shared.DomainException;
import fr.cpts.domain.shared.EmailAddress;
import java.util.regex.Pattern;

/** The person who coordinates the CPTS, and how to reach them. */
public record Coordinator(String name, String email, String phone) {

    /** A French number: ten digits starting with 0, or +33 / +590... followed by nine digits; spaces, dots allowed. */
    private static final Pattern PHONE = Pattern.compile("(0\\d{9})|(\\+\\d{2,3}\\d{9})");

    public Coordinator {
        name = Text.required(name, "Le nom du coordinateur ou de la coordinatrice", 200);
        email = Text.required(email, "L'adresse électronique du coordinateur", 200);
        if (!EmailAddress.isValid(email)) {
            throw new DomainException("L'adresse électronique « " + email + " » n'est pas valide (exemple : "
                    + "prenom.nom@cpts-exemple.fr).");
        }
        phone = Text.required(phone, "Le téléphone du coordinateur", 30);
        if (!PHONE.matcher(phone.replaceAll("[\\s.\\-]", "")).matches()) {
            throw new DomainException("Le numéro de téléphone « " + phone + " » n'est pas valide (exemple : "
                    + "05 56 00 00 00 ou +33 5 56 00 00 00).");
        }
    }
}
