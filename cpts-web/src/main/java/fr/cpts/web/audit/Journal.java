package fr.cpts.web.audit;

import fr.cpts.domain.account.Account;
import fr.cpts.domain.account.Accounts;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.audit.AuditEntry;
import fr.cpts.domain.audit.AuditTrail;
import fr.cpts.domain.audit.FieldChange;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.shared.page.Page;
import fr.cpts.domain.shared.page.PageRequest;
import fr.cpts.web.territory.CptsAccess;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The journal of a CPTS as its parties read it: its porteur, the ARS officers of its région, the CPAM officers of its
 * départements, each without what they may not see elsewhere ({@link JournalReader}). The scope is checked here
 * ({@link CptsAccess}): a CPTS out of the person's scope answers 404.
 */
@Service
public class Journal {

    private static final Locale FRENCH = Locale.FRENCH;

    private final CptsAccess access;
    private final AuditTrail trail;
    private final Accounts accounts;
    private final MessageSource messages;

    Journal(CptsAccess access, AuditTrail trail, Accounts accounts, MessageSource messages) {
        this.access = access;
        this.trail = trail;
        this.accounts = accounts;
        this.messages = messages;
    }

    /** The CPTS whose journal that person asks for: the porteur's own (null id), or one of the officer's scope. */
    @Transactional(readOnly = true)
    public CptsRecord cptsOf(Account person, Long cptsId) {
        return cptsId == null ? access.own(person) : access.visible(person, cptsId);
    }

    /**
     * The whole journal of that CPTS, as {@link #cptsOf} returned it to the same reader (its scope checked there), for
     * its exports: newest first, each entry the reader may see handed over as it is read ({@link JournalReader}); the
     * actors are named at once beforehand.
     */
    @Transactional(readOnly = true)
    void each(Account reader, CptsRecord cpts, Consumer<JournalRow> rows) {
        Map<String, String> names = accounts.displayNames(trail.actorsOf(cpts.id()));
        trail.eachOfCpts(cpts.id(), JournalReader.hiddenFrom(reader.role()), entry -> rows.accept(row(entry, names)));
    }

    /** A page of the journal of the porteur's own CPTS, newest first. */
    @Transactional(readOnly = true)
    public JournalPage ownPage(Account porteur, PageRequest page) {
        return page(access.own(porteur), porteur, page);
    }

    /** A page of the journal of that CPTS, newest first, provided the person's scope covers it (404 otherwise). */
    @Transactional(readOnly = true)
    public JournalPage pageOf(Account person, long cptsId, PageRequest page) {
        return page(access.visible(person, cptsId), person, page);
    }

    private JournalPage page(CptsRecord cpts, Account reader, PageRequest page) {
        Page<AuditEntry> entries = trail.ofCpts(cpts.id(), JournalReader.hiddenFrom(reader.role()), page);
        return new JournalPage(cpts, new Page<>(rows(entries.rows()), entries.request(), entries.total()));
    }

    /** The rows of these entries, their actors' names read at once. */
    private List<JournalRow> rows(List<AuditEntry> entries) {
        Map<String, String> names =
                accounts.displayNames(entries.stream().map(AuditEntry::actor).collect(Collectors.toSet()));
        return entries.stream().map(entry -> row(entry, names)).toList();
    }

    private JournalRow row(AuditEntry entry, Map<String, String> names) {
        String name = nameOf(entry.actor(), names);
        return new JournalRow(
                entry.occurredAt(),
                name,
                roleOf(entry.actorRole()),
                text("audit.entity." + entry.entityType(), entry.entityType()),
                entry.action(),
                entry.reason().orElse(""),
                entry.changes().stream().map(this::change).toList());
    }

    /** The name of the account of that login today, with the login; the platform itself as « système ». */
    private String nameOf(String username, Map<String, String> names) {
        if (Audit.SYSTEM.equals(username)) {
            return text("audit.actor.system", username);
        }
        String name = names.get(username);
        return name == null ? username : name + " (" + username + ")";
    }

    private String roleOf(Role role) {
        return role.label();
    }

    private JournalRow.Change change(FieldChange change) {
        String field = Stream.of(change.field().split("\\."))
                .map(part -> text("audit.field." + part, part))
                .collect(Collectors.joining(" › "));
        return new JournalRow.Change(
                field, change.before() == null ? "" : change.before(), change.after() == null ? "" : change.after());
    }

    private String text(String key, String otherwise) {
        return messages.getMessage(key, null, otherwise, FRENCH);
    }
}
