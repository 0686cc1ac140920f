package fr.cpts.web.site;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who runs this instance of the platform, as its legal pages state it: set by the operator in its configuration
 * ({@code cpts.site.*}); what is not set is shown as not given, never invented.
 */
@Component
public class SiteOperator {

    private final String name;
    private final String address;
    private final String director;
    private final String host;
    private final String contact;
    private final LocalDate accessibilityStatementDate;

    SiteOperator(
            @Value("${cpts.site.operator-name:}") String name,
            @Value("${cpts.site.operator-address:}") String address,
            @Value("${cpts.site.publication-director:}") String director,
            @Value("${cpts.site.host:}") String host,
            @Value("${cpts.site.contact-email:}") String contact,
            @Value("${cpts.site.accessibility-statement-date}") LocalDate accessibilityStatementDate) {
        this.name = name;
        this.address = address;
        this.director = director;
        this.host = host;
        this.contact = contact;
        this.accessibilityStatementDate = accessibilityStatementDate;
    }

    public Optional<String> name() {
        return given(name);
    }

    public Optional<String> address() {
        return given(address);
    }

    public Optional<String> director() {
        return given(director);
    }

    public Optional<String> host() {
        return given(host);
    }

    public Optional<String> contact() {
        return given(contact);
    }

    public LocalDate accessibilityStatementDate() {
        return accessibilityStatementDate;
    }

    private static Optional<String> given(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(text -> !text.isEmpty());
    }
}
