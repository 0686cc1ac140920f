package fr.cpts.web.security;

import fr.cpts.domain.account.Accounts;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Finds the account behind a login, through the domain's accounts port. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final Accounts accounts;

    AccountUserDetailsService(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.byUsername(username.strip())
                .map(SignedInUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("Aucun compte pour cet identifiant"));
    }
}
