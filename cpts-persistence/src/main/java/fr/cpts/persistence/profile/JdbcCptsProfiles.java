package fr.cpts.persistence.profile;

import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.profile.Coordinator;
import fr.cpts.domain.profile.CptsProfile;
import fr.cpts.domain.profile.CptsProfiles;
import fr.cpts.domain.profile.LegalForm;
import fr.cpts.domain.profile.Member;
import fr.cpts.domain.profile.MemberKind;
import fr.cpts.domain.profile.PostalAddress;
import fr.cpts.domain.profile.Profession;
import fr.cpts.domain.profile.Professions;
import fr.cpts.domain.profile.ProfileConflict;
import fr.cpts.domain.profile.StructureType;
import fr.cpts.domain.profile.VersionedProfile;
import fr.cpts.domain.territory.InseeCode;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** The profiles port: one row per CPTS with its version, and its members in the order they were entered. */
@Repository
@Transactional(readOnly = true)
class JdbcCptsProfiles implements CptsProfiles {

    private final JdbcTemplate jdbc;

    private final Clock clock;

    JdbcCptsProfiles(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Optional<VersionedProfile> of(CptsId cpts) {
        List<Member> members = new ArrayList<>();
        jdbc.query(
                "select kind, name, profession, structure_type, commune_code from cpts_profile_member "
                        + "where cpts_id = ? order by position",
                row -> {
                    String profession = row.getString("profession");
                    String structure = row.getString("structure_type");
                    String commune = row.getString("commune_code");
                    members.add(new Member(
                            MemberKind.valueOf(row.getString("kind")),
                            row.getString("name"),
                            Optional.ofNullable(profession)
                                    .map(code -> Professions.byCode(code).orElse(new Profession(code, code))),
                            Optional.ofNullable(structure).map(StructureType::valueOf),
                            Optional.ofNullable(commune).map(InseeCode::new)));
                },
                cpts.value());
        return jdbc
                .query(
                        "select * from cpts_profile where cpts_id = ?",
                        (row, number) -> new VersionedProfile(
                                new CptsProfile(
                                        cpts,
                                        LegalForm.valueOf(row.getString("legal_form")),
                                        new PostalAddress(
                                                row.getString("address_street"),
                                                row.getString("address_postal_code"),
                                                row.getString("address_city")),
                                        new Coordinator(
                                                row.getString("coordinator_name"),
                                                row.getString("coordinator_email"),
                                                row.getString("coordinator_phone")),
                                        members),
                                row.getLong("version"),
                                row.getTimestamp("updated_at").toInstant(),
                                row.getString("updated_by")),
                        cpts.value())
                .stream()
                .findFirst();
    }

    @Override
    @Transactional
    public long save(CptsProfile profile, long expectedVersion, String updatedBy) {
        long cpts = profile.cpts().value();
        Timestamp now = Timestamp.from(clock.instant());
        int claimed = expectedVersion == 0
                ? jdbc.update(
                        """
                        insert into cpts_profile (cpts_id, legal_form, address_street, address_postal_code,
                            address_city, coordinator_name, coordinator_email, coordinator_phone, version, updated_at,
                            updated_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?) on conflict (cpts_id) do nothing""",
                        cpts,
                        profile.legalForm().name(),
                        profile.address().street(),
                        profile.address().postalCode(),
                        profile.address().city(),
                        profile.coordinator().name(),
                        profile.coordinator().email(),
                        profile.coordinator().phone(),
                        now,
                        updatedBy)
                : jdbc.update(
                        """
                        update cpts_profile set legal_form = ?, address_street = ?, address_postal_code = ?,
                            address_city = ?, coordinator_name = ?, coordinator_email = ?, coordinator_phone = ?,
                            version = version + 1, updated_at = ?, updated_by = ?
                        where cpts_id = ? and version = ?""",
                        profile.legalForm().name(),
                        profile.address().street(),
                        profile.address().postalCode(),
                        profile.address().city(),
                        profile.coordinator().name(),
                        profile.coordinator().email(),
                        profile.coordinator().phone(),
                        now,
                        updatedBy,
                        cpts,
                        expectedVersion);
        if (claimed != 1) {
            throw new ProfileConflict();
        }
        jdbc.update("delete from cpts_profile_member where cpts_id = ?", cpts);
        List<Object[]> rows = new ArrayList<>();
        for (int position = 0; position < profile.members().size(); position++) {
            Member member = profile.members().get(position);
            rows.add(new Object[] {
                cpts,
                position,
                member.kind().name(),
                member.name(),
                member.profession().map(Profession::code).orElse(null),
                member.structureType().map(Enum::name).orElse(null),
                member.commune().map(InseeCode::value).orElse(null)
            });
        }
        jdbc.batchUpdate(
                "insert into cpts_profile_member (cpts_id, position, kind, name, profession, structure_type, "
                        + "commune_code) values (?, ?, ?, ?, ?, ?, ?)",
                rows);
        return expectedVersion + 1;
    }
}
