package fr.cpts.domain.account;

import java.util.List;
import java.util.Optional;

/** The people who may sign in (repository port, implemented by persistence). */
public interface Accounts {

    /** The account of that login, compared without regard to case. */
    Optional<Account> byUsername(String username);

    /** Every account, by role then login. */
    List<Account> all();

    /** Records a new account; its login must not be taken. */
    void create(Account account);
}
