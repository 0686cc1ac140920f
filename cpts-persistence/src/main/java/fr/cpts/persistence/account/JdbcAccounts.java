package fr.cpts.persistence.account;

import fr.cpts.domain.account.AccessScope;
import fr.cpts.domain.account.Account;
import fr.cpts.domain.account.AccountFilter;
import fr.cpts.domain.account.Accounts;
import fr.cpts.domain.account.HealthProfession;
import fr.cpts.domain.account.PorteurTeam;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.shared.page.Page;
import fr.cpts.domain.shared.page.PageRequest;
import fr.cpts.domain.territory.DepartementCode;
import fr.cpts.domain.territory.RegionCode;
import fr.cpts.persistence.shared.PagedQuery;
import java.sql.Array;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts port, stored in the {@code account} and {@code account_departement} tables: each account is read in one
 * statement with the départements a CPAM officer covers.
 */
@Repository
@Transactional(readOnly = true)
class JdbcAccounts implements Accounts {

    private static final String COLUMNS = """
            a.username, a.display_name, a.password_hash, a.role, a.cpts_id, a.region_code, a.disabled_at, a.referent,
            array(select d.departement_code from account_departement d where d.account_id = a.id order by 1)
                as departements""";
    /** By role in the order of {@link Role}, then by login. */
    private static final String ORDER = "array_position(array[%s]::text[], a.role::text), lower(a.username), a.id"
            .formatted(Arrays.stream(Role.values())
                    .map(role -> "'" + role.name() + "'")
                    .collect(Collectors.joining(", ")));

    private static final RowMapper<Account> ACCOUNT = (row, n) -> {
        Role role = Role.valueOf(row.getString("role"));
        AccessScope scope =
                switch (role) {
                    case PORTEUR ->
                        row.getObject("cpts_id") == null
                                ? new AccessScope.NoCpts()
                                : new AccessScope.OwnCpts(new CptsId(row.getLong("cpts_id")));
                    case ARS_OFFICER -> new AccessScope.Region(new RegionCode(row.getString("region_code")));
                    case CPAM_OFFICER -> new AccessScope.Departements(departements(row.getArray("departements")));
                    case ADMINISTRATOR -> new AccessScope.Platform();
                };
        return new Account(
                row.getString("username"),
                row.getString("display_name"),
                row.getString("password_hash"),
                role,
                scope,
                row.getObject("disabled_at") != null,
                row.getBoolean("referent"));
    };

    private final JdbcTemplate jdbc;

    JdbcAccounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Account> byUsername(String username) {
        return jdbc
                .query("select " + COLUMNS + " from account a where lower(a.username) = lower(?)", ACCOUNT, username)
                .stream()
                .findFirst();
    }

    @Override
    public Map<String, String> displayNames(Collection<String> usernames) {
        Map<String, String> byLowerCase = new HashMap<>();
        jdbc.query(
                "select lower(username) as login, display_name from account where lower(username) = any(?)",
                (RowCallbackHandler) row -> byLowerCase.put(row.getString("login"), row.getString("display_name")),
                (Object) usernames.stream()
                        .map(name -> name.toLowerCase(Locale.ROOT))
                        .toArray(String[]::new));
        Map<String, String> names = new HashMap<>();
        for (String username : usernames) {
            String name = byLowerCase.get(username.toLowerCase(Locale.ROOT));
            if (name != null) {
                names.put(username, name);
            }
        }
        return names;
    }

    @Override
    public List<Account> porteursOf(CptsId cpts) {
        return jdbc.query(
                "select " + COLUMNS + " from account a where a.role = 'PORTEUR' and a.cpts_id = ? "
                        + "order by lower(a.username)",
                ACCOUNT,
                cpts.value());
    }

    @Override
    @Transactional
    public PorteurTeam lockedTeam(CptsId cpts) {
        jdbc.query("select id from cpts where id = ? for update", (RowCallbackHandler) row -> {}, cpts.value());
        return new PorteurTeam(cpts, porteursOf(cpts));
    }

    @Override
    public Page<Account> officersOf(RegionCode region, PageRequest page) {
        return new PagedQuery(COLUMNS, """
                        from account a
                        where (a.role = 'ARS_OFFICER' and a.region_code = ?)
                           or (a.role = 'CPAM_OFFICER'
                               and exists (select 1 from account_departement d where d.account_id = a.id)
                               and not exists (select 1 from account_departement d
                                               join departement t on t.code = d.departement_code
                                               where d.account_id = a.id and t.region_code <> ?))""", ORDER, List.of(region.value(), region.value())).read(jdbc, page, ACCOUNT);
    }

    @Override
    @Transactional
    public boolean setReferent(String username, boolean referent) {
        return jdbc.update(
                        "update account set referent = ?, version = version + 1 where lower(username) = lower(?) "
                                + "and role = 'ARS_OFFICER'",
                        referent,
                        username)
                == 1;
    }

    @Override
    public Page<Account> listed(PageRequest page) {
        return listed(AccountFilter.NONE, page);
    }

    @Override
    public Page<Account> listed(AccountFilter filter, PageRequest page) {
        return listedQuery(filter).read(jdbc, page, ACCOUNT);
    }

    @Override
    public void each(AccountFilter filter, Consumer<Account> consumer) {
        listedQuery(filter).each(jdbc, ACCOUNT, consumer);
    }

    private static PagedQuery listedQuery(AccountFilter filter) {
        List<String> where = new ArrayList<>();
        List<Object> arguments = new ArrayList<>();
        if (!filter.words().isEmpty()) {
            String like = "%" + filter.words().toLowerCase(Locale.ROOT).replaceAll("([\\\\%_])", "\\\\$1") + "%";
            where.add(
                    "(lower(a.username) like ? or lower(a.display_name) like ? or lower(coalesce(a.email, '')) like ?)");
            arguments.addAll(List.of(like, like, like));
        }
        filter.role().ifPresent(role -> {
            where.add("a.role = ?");
            arguments.add(role.name());
        });
        filter.region().ifPresent(region -> {
            where.add("(a.region_code = ? or exists (select 1 from cpts c where c.id = a.cpts_id and c.region_code = ?)"
                    + " or exists (select 1 from account_departement d join departement t on t.code = "
                    + "d.departement_code where d.account_id = a.id and t.region_code = ?))");
            arguments.addAll(List.of(region, region, region));
        });
        filter.departement().ifPresent(departement -> {
            where.add("(exists (select 1 from account_departement d where d.account_id = a.id "
                    + "and d.departement_code = ?) or exists (select 1 from cpts c where c.id = a.cpts_id "
                    + "and c.departement_code = ?))");
            arguments.addAll(List.of(departement, departement));
        });
        String fromWhere = "from account a" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        return new PagedQuery(COLUMNS, fromWhere, ORDER, arguments);
    }

    @Override
    public Optional<Account> byEmail(String email) {
        return jdbc
                .query("select " + COLUMNS + " from account a where lower(a.email) = lower(?)", ACCOUNT, email)
                .stream()
                .findFirst();
    }

    @Override
    public Optional<String> emailOf(String username) {
        return jdbc
                .query(
                        "select email from account where lower(username) = lower(?) and email is not null",
                        (row, n) -> row.getString("email"),
                        username)
                .stream()
                .findFirst();
    }

    @Override
    @Transactional
    public void setEmail(String username, String email) {
        jdbc.update("update account set email = ? where lower(username) = lower(?)", email, username);
    }

    @Override
    @Transactional
    public void changeOfficerScope(String username, Role role, AccessScope scope) {
        Long id = jdbc.queryForObject(
                "update account set role = ?, region_code = ?, version = version + 1 "
                        + "where lower(username) = lower(?) and role in ('ARS_OFFICER', 'CPAM_OFFICER') returning id",
                Long.class,
                role.name(),
                scope instanceof AccessScope.Region region ? region.region().value() : null,
                username);
        jdbc.update("delete from account_departement where account_id = ?", id);
        if (scope instanceof AccessScope.Departements covered) {
            jdbc.batchUpdate(
                    "insert into account_departement (account_id, departement_code) values (?, ?)",
                    covered.departements().stream()
                            .map(code -> new Object[] {id, code.value()})
                            .toList());
        }
    }

    @Override
    @Transactional
    public boolean setDisabled(String username, boolean disabled) {
        return jdbc.update(
                        "update account set disabled_at = " + (disabled ? "coalesce(disabled_at, now())" : "null")
                                + ", version = version + 1 where lower(username) = lower(?)",
                        username)
                == 1;
    }

    @Override
    @Transactional
    public boolean changePassword(String username, String passwordHash) {
        return jdbc.update(
                        "update account set password_hash = ?, version = version + 1 where lower(username) = lower(?)",
                        passwordHash,
                        username)
                == 1;
    }

    @Override
    @Transactional
    public void attach(String username, Optional<CptsId> cpts) {
        jdbc.update(
                "update account set cpts_id = ?, version = version + 1 where lower(username) = lower(?) "
                        + "and role = 'PORTEUR'",
                cpts.map(CptsId::value).orElse(null),
                username);
    }

    @Override
    @Transactional
    public void setProfessional(
            String username, HealthProfession profession, Optional<String> rpps, Instant termsAcceptedAt) {
        jdbc.update(
                "update account set profession = ?, rpps = ?, terms_accepted_at = ? where lower(username) = lower(?)",
                profession.name(),
                rpps.orElse(null),
                Timestamp.from(termsAcceptedAt),
                username);
    }

    @Override
    @Transactional
    public void create(Account account) {
        AccessScope scope = account.scope();
        Long id = jdbc.queryForObject(
                """
                insert into account (username, display_name, password_hash, role, cpts_id, region_code, referent)
                values (?, ?, ?, ?, ?, ?, ?) returning id""",
                Long.class,
                account.username(),
                account.displayName(),
                account.passwordHash(),
                account.role().name(),
                scope instanceof AccessScope.OwnCpts own ? own.cpts().value() : null,
                scope instanceof AccessScope.Region region ? region.region().value() : null,
                account.referent());
        if (scope instanceof AccessScope.Departements covered) {
            jdbc.batchUpdate(
                    "insert into account_departement (account_id, departement_code) values (?, ?)",
                    covered.departements().stream()
                            .map(code -> new Object[] {id, code.value()})
                            .toList());
        }
    }

    private static java.util.Set<DepartementCode> departements(Array codes) throws java.sql.SQLException {
        return Arrays.stream((String[]) codes.getArray())
                .map(DepartementCode::new)
                .collect(Collectors.toSet());
    }
}
