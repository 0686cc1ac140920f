package fr.cpts.domain.account;

import java.util.Optional;

/**
 * What the administrator looks for among the accounts: words of a login, name or mail address, a role, and a part of
 * the country (the région or département of an officer's scope, or of a porteur's CPTS). Empty parts filter nothing.
 */
public record AccountFilter(String words, Optional<Role> role, Optional<String> region, Optional<String> departement) {

    /** Every account. */
    public static final AccountFilter NONE =
            new AccountFilter("", Optional.empty(), Optional.empty(), Optional.empty());

    public AccountFilter {
        words = words == null ? "" : words.strip();
        if (words.length() > 100) {
            words = words.substring(0, 100);
        }
        role = role == null ? Optional.empty() : role;
        region = region == null ? Optional.empty() : region.map(String::strip).filter(code -> code.matches("\\d{2}"));
        departement = departement == null
                ? Optional.empty()
                : departement.map(code -> code.strip().toUpperCase()).filter(code -> code.matches("\\d{2,3}|2[AB]"));
    }

    /** The filter as typed in the page's form: an unknown role or a code that is none is ignored, never an error. */
    public static AccountFilter typed(String words, String role, String region, String departement) {
        Optional<Role> chosen = Optional.empty();
        for (Role candidate : Role.values()) {
            if (candidate.name().equals(role)) {
                chosen = Optional.of(candidate);
            }
        }
        return new AccountFilter(words, chosen, Optional.ofNullable(region), Optional.ofNullable(departement));
    }
}
