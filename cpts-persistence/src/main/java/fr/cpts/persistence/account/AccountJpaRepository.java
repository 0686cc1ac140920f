package fr.cpts.persistence.account;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;

interface AccountJpaRepository extends JpaRepository<AccountEntity, Long> {

    /** Matches the unique index on {@code lower(username)}. */
    @Query("select a from AccountEntity a where lower(a.username) = lower(:username)")
    Optional<AccountEntity> findByUsernameIgnoringCase(String username);
}
