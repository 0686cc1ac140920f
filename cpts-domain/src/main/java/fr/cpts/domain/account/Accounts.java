package fr.cpts.domain.account;

import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.shared.page.Page;
import fr.cpts.domain.shared.page.PageRequest;
import fr.cpts.domain.territory.RegionCode;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** The people who may sign in (repository port, implemented by persistence). */
public interface Accounts {

    /** The account of that login, compared without regard to case. */
    Optional<Account> byUsername(String username);

    /** The display names of those logins that have an account, by login as given (one read, whatever their number). */
    Map<String, String> displayNames(Collection<String> usernames);

    /** The porteur accounts of that CPTS, by login. */
    List<Account> porteursOf(CptsId cpts);

    /**
     * The porteurs of that CPTS, for a change of its team: the CPTS stays locked until the caller's transaction ends,
     * so that two changes at once (two porteurs removing each other) are made one after the other.
     */
    PorteurTeam lockedTeam(CptsId cpts);

    /**
     * The officers of a région, a page at a time, by role then login: its ARS officers, and the CPAM officers whose
     * every département lies in it.
     */
    Page<Account> officersOf(RegionCode region, PageRequest page);

    /** Flags an ARS officer référent of their région, or not; false when no ARS officer has that login. */
    boolean setReferent(String username, boolean referent);

    /** Every account, a page at a time, by role then login. */
    Page<Account> listed(PageRequest page);

    /** The accounts the filter keeps, a page at a time, by role then login. */
    Page<Account> listed(AccountFilter filter, PageRequest page);

    /** The same accounts whole, in the same order, each handed over as it is read (the list's export). */
    void each(AccountFilter filter, Consumer<Account> consumer);

    /** Records a new account; its login must not be taken. */
    void create(Account account);

    /** The account whose mail address that is, compared without regard to case. */
    Optional<Account> byEmail(String email);

    /** The mail address of that login, if it has one. */
    Optional<String> emailOf(String username);

    /** Sets the mail address of that login; refused when another account has it. */
    void setEmail(String username, String email);

    /** Gives an officer's login another officer role and its scope (a région, or départements). */
    void changeOfficerScope(String username, Role role, AccessScope scope);

    /** Disables or enables the account of that login; false when no account has that login. */
    boolean setDisabled(String username, boolean disabled);

    /** Binds a porteur's login to that CPTS, or to none (a porteur who left their CPTS's team). */
    void attach(String username, Optional<CptsId> cpts);

    /** Records what a porteur stated when signing up: profession, RPPS number, when they accepted the terms. */
    void setProfessional(String username, HealthProfession profession, Optional<String> rpps, Instant termsAcceptedAt);

    /** Replaces the password of that login (already checked and hashed); false when no account has that login. */
    boolean changePassword(String username, String passwordHash);
}
