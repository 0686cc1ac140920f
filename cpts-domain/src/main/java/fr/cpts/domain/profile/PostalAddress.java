package fr.cpts.domain.profile;

import fr.cpts.domain.shared.DomainException;
import java.util.regex.Pattern;

/** Where the CPTS has its seat (siège). */
public record PostalAddress(String street, String postalCode, String city) {

    private static final Pattern POSTAL_CODE = Pattern.compile("\\d{5}");

    public PostalAddress {
        street = Text.required(street, "L'adresse (numéro et voie)", 200);
        city = Text.required(city, "La commune de l'adresse", 100);
        postalCode = postalCode == null ? "" : postalCode.strip();
        if (!POSTAL_CODE.matcher(postalCode).matches()) {
            throw new DomainException("Le code postal doit compter cinq chiffres (« " + postalCode + " » reçu).");
        }
    }
}
