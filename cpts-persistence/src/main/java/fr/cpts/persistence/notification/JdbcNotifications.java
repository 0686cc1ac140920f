package fr.cpts.persistence.notification;

import fr.cpts.domain.notification.Audience;
import fr.cpts.domain.notification.Digest;
import fr.cpts.domain.notification.Frequency;
import fr.cpts.domain.notification.Notice;
import fr.cpts.domain.notification.Notification;
import fr.cpts.domain.notification.NotificationKind;
import fr.cpts.domain.notification.Notifications;
import fr.cpts.domain.notification.Recipient;
import fr.cpts.domain.shared.page.Page;
import fr.cpts.domain.shared.page.PageRequest;
import fr.cpts.persistence.shared.PagedQuery;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notifications port over {@code notification} and {@code notification_preference}: a notice reaches its
 * audience in one data-modifying statement (the recipients chosen by the CPTS's région or département in SQL, their
 * preference for the kind joined), and the digests are claimed {@code for update skip locked}.
 */
@Repository
@Transactional(readOnly = true)
class JdbcNotifications implements Notifications {

    private static final String COLUMNS =
            "n.id, n.kind, n.title, n.link, n.created_at, n.read_at, (select name from cpts where id = n.cpts_id) as cpts_name";

    private static final RowMapper<Notification> NOTIFICATION = (row, n) -> notification(row);

    private final JdbcTemplate jdbc;

    JdbcNotifications(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public List<Recipient> notify(Notice notice) {
        return jdbc.query(
                """
                with recipients as (
                    select a.id, a.username, a.display_name, a.email, coalesce(p.frequency, ?) as frequency
                    from account a
                    join cpts c on c.id = ?
                    left join notification_preference p on p.account_id = a.id and p.kind = ?
                    where a.disabled_at is null and lower(a.username) <> lower(coalesce(?, '')) and (%s)
                ), inserted as (
                    insert into notification (account_id, kind, cpts_id, title, link, created_at, digest_pending,
                                              dedupe_key)
                    select r.id, ?, ?, ?, ?, ?, r.frequency = 'DAILY_DIGEST' and r.email is not null, ?
                    from recipients r
                    on conflict do nothing
                    returning account_id
                )
                select r.username, r.display_name, r.email, r.frequency
                from recipients r join inserted i on i.account_id = r.id
                order by r.username""".formatted(audience(notice.audience())),
                (row, n) -> new Recipient(
                        row.getString("username"),
                        row.getString("display_name"),
                        Optional.ofNullable(row.getString("email")),
                        Frequency.valueOf(row.getString("frequency"))),
                Frequency.DEFAULT.name(),
                notice.cpts().value(),
                notice.kind().name(),
                notice.actor(),
                notice.kind().name(),
                notice.cpts().value(),
                notice.title(),
                notice.link(),
                Timestamp.from(notice.at()),
                notice.key());
    }

    private static String audience(Audience audience) {
        String ars = "a.role = 'ARS_OFFICER' and a.region_code = c.region_code";
        String cpam = "a.role = 'CPAM_OFFICER' and exists (select 1 from account_departement d "
                + "where d.account_id = a.id and d.departement_code = c.departement_code)";
        return switch (audience) {
            case PORTEURS -> "a.role = 'PORTEUR' and a.cpts_id = c.id";
            case ARS -> ars;
            case CPAM -> cpam;
            case OFFICERS -> "(" + ars + ") or (" + cpam + ")";
        };
    }

    @Override
    public long unread(String username) {
        Long count = jdbc.queryForObject(
                "select count(*) from notification n where n.read_at is null and n.account_id = "
                        + "(select id from account where lower(username) = lower(?))",
                Long.class,
                username);
        return count == null ? 0 : count;
    }

    @Override
    public Page<Notification> of(String username, PageRequest page) {
        return new PagedQuery(
                        COLUMNS,
                        "from notification n where n.account_id = (select id from account where lower(username) = lower(?))",
                        "n.created_at desc, n.id desc",
                        List.of(username))
                .read(jdbc, page, NOTIFICATION);
    }

    @Override
    @Transactional
    public Optional<String> markRead(String username, long id, Instant at) {
        return jdbc
                .query(
                        "update notification set read_at = coalesce(read_at, ?) where id = ? and account_id = "
                                + "(select id from account where lower(username) = lower(?)) returning link",
                        (row, n) -> row.getString("link"),
                        Timestamp.from(at),
                        id,
                        username)
                .stream()
                .findFirst();
    }

    @Override
    @Transactional
    public int markAllRead(String username, Instant at) {
        return jdbc.update(
                "update notification set read_at = ? where read_at is null and account_id = "
                        + "(select id from account where lower(username) = lower(?))",
                Timestamp.from(at),
                username);
    }

    @Override
    @Transactional
    public List<Digest> claimDigests(Instant until, int limit) {
        Map<String, List<Notification>> byPerson = new LinkedHashMap<>();
        Map<String, String[]> people = new LinkedHashMap<>();
        jdbc.query(
                """
                select %s, a.username, a.display_name, a.email
                from notification n join account a on a.id = n.account_id
                where n.digest_pending and n.created_at <= ? and a.email is not null
                  and n.account_id in (select distinct account_id from notification
                                       where digest_pending and created_at <= ? order by account_id limit ?)
                order by n.account_id, n.created_at, n.id
                for update of n skip locked""".formatted(COLUMNS),
                (RowCallbackHandler) row -> {
                    String username = row.getString("username");
                    people.putIfAbsent(username, new String[] {row.getString("display_name"), row.getString("email")});
                    byPerson.computeIfAbsent(username, key -> new ArrayList<>()).add(notification(row));
                },
                Timestamp.from(until),
                Timestamp.from(until),
                limit);
        List<Digest> digests = new ArrayList<>();
        byPerson.forEach((username, notifications) ->
                digests.add(new Digest(username, people.get(username)[0], people.get(username)[1], notifications)));
        return digests;
    }

    @Override
    @Transactional
    public void digested(List<Digest> digests, Instant at) {
        Long[] ids = digests.stream()
                .flatMap(digest -> digest.notifications().stream())
                .map(Notification::id)
                .toArray(Long[]::new);
        jdbc.update(
                "update notification set digest_pending = false, digested_at = ? where id = any(?)",
                Timestamp.from(at),
                ids);
    }

    @Override
    public Map<NotificationKind, Frequency> preferences(String username) {
        Map<NotificationKind, Frequency> preferences = new EnumMap<>(NotificationKind.class);
        jdbc.query(
                "select p.kind, p.frequency from notification_preference p join account a on a.id = p.account_id "
                        + "where lower(a.username) = lower(?)",
                (RowCallbackHandler) row -> preferences.put(
                        NotificationKind.valueOf(row.getString("kind")), Frequency.valueOf(row.getString("frequency"))),
                username);
        return preferences;
    }

    @Override
    @Transactional
    public void setPreferences(String username, Map<NotificationKind, Frequency> preferences) {
        jdbc.update(
                """
                insert into notification_preference (account_id, kind, frequency)
                select a.id, chosen.kind, chosen.frequency
                from account a, unnest(?::text[], ?::text[]) as chosen (kind, frequency)
                where lower(a.username) = lower(?)
                on conflict (account_id, kind) do update set frequency = excluded.frequency""",
                preferences.keySet().stream().map(Enum::name).toArray(String[]::new),
                preferences.values().stream().map(Enum::name).toArray(String[]::new),
                username);
    }

    private static Notification notification(ResultSet row) throws SQLException {
        Timestamp read = row.getTimestamp("read_at");
        return new Notification(
                row.getLong("id"),
                NotificationKind.valueOf(row.getString("kind")),
                row.getString("cpts_name"),
                row.getString("title"),
                row.getString("link"),
                row.getTimestamp("created_at").toInstant(),
                Optional.ofNullable(read).map(Timestamp::toInstant));
    }
}
