package fr.cpts.persistence.account;

import fr.cpts.domain.account.AccessScope;
import fr.cpts.domain.account.Account;
import fr.cpts.domain.account.Accounts;
import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.territory.DepartementCode;
import fr.cpts.domain.territory.RegionCode;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The accounts port, stored in the {@code account} and {@code account_departement} tables. */
@Repository
@Transactional(readOnly = true)
class JpaAccounts implements Accounts {

    private final AccountJpaRepository repository;

    JpaAccounts(AccountJpaRepository repository) {
        this.repository = repository;
    }

    @Override
    public Optional<Account> byUsername(String username) {
        return repository.findByUsernameIgnoringCase(username).map(JpaAccounts::toDomain);
    }

    @Override
    public List<Account> all() {
        return repository.findAll().stream().map(JpaAccounts::toDomain)
                .sorted(Comparator.comparing(Account::role).thenComparing(Account::username))
                .toList();
    }

    @Override
    @Transactional
    public void create(Account account) {
        AccessScope scope = account.scope();
        Long cptsId = scope instanceof AccessScope.OwnCpts own ? own.cpts().value() : null;
        String regionCode = scope instanceof AccessScope.Region region ? region.region().value() : null;
        Set<String> departements = scope instanceof AccessScope.Departements deps
                ? deps.departements().stream().map(DepartementCode::value).collect(Collectors.toSet())
                : Set.of();
        repository.save(new AccountEntity(account.username(), account.displayName(), account.passwordHash(),
                account.role(), cptsId, regionCode, departements));
    }

    static Account toDomain(AccountEntity entity) {
        return new Account(entity.getUsername(), entity.getDisplayName(), entity.getPasswordHash(), entity.getRole(),
                scopeOf(entity));
    }

    private static AccessScope scopeOf(AccountEntity entity) {
        return switch (entity.getRole()) {
            case PORTEUR -> new AccessScope.OwnCpts(new CptsId(entity.getCptsId()));
            case ARS_OFFICER -> new AccessScope.Region(new RegionCode(entity.getRegionCode()));
            case CPAM_OFFICER -> new AccessScope.Departements(entity.getDepartementCodes().stream()
                    .map(DepartementCode::new).collect(Collectors.toSet()));
            case ADMINISTRATOR -> new AccessScope.Platform();
        };
    }
}
