package fr.cpts.web.profile;

import fr.cpts.domain.account.Account;
import fr.cpts.domain.account.Accounts;
import fr.cpts.domain.audit.FieldChange;
import fr.cpts.domain.audit.FieldChanges;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.profile.Coordinator;
import fr.cpts.domain.profile.CptsProfile;
import fr.cpts.domain.profile.CptsProfiles;
import fr.cpts.domain.profile.LegalForm;
import fr.cpts.domain.profile.Member;
import fr.cpts.domain.profile.PostalAddress;
import fr.cpts.domain.profile.ProfileConflict;
import fr.cpts.domain.profile.ProfileEditors;
import fr.cpts.domain.profile.VersionedProfile;
import fr.cpts.domain.shared.DomainException;
import fr.cpts.domain.shared.FrenchDates;
import fr.cpts.domain.territory.Commune;
import fr.cpts.domain.territory.Communes;
import fr.cpts.domain.territory.InseeCode;
import fr.cpts.web.audit.Audit;
import fr.cpts.web.audit.AuditAction;
import fr.cpts.web.audit.AuditedEntity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The fiche CPTS as pages show and change it, always from the version the person saw; each change is journaled
 * ({@link Audit}) field by field in the same transaction.
 */
@Service
public class ProfilePages {

    private final CptsProfiles profiles;
    private final Accounts accounts;
    private final Communes communes;
    private final Audit audit;

    ProfilePages(CptsProfiles profiles, Accounts accounts, Communes communes, Audit audit) {
        this.profiles = profiles;
        this.accounts = accounts;
        this.communes = communes;
        this.audit = audit;
    }

    public Optional<ProfileView> view(CptsRecord cpts) {
        return profiles.of(cpts.id()).map(this::view);
    }

    /** The names of the porteurs who may edit the CPTS's profile and territory. */
    public List<String> editors(CptsRecord cpts) {
        return accounts.porteursOf(cpts.id()).stream()
                .map(account -> account.displayName() + " (" + account.username() + ")")
                .toList();
    }

    /** Saves the identity part (legal form, address, coordinator), keeping the members. */
    @Transactional
    public void saveIdentity(
            CptsRecord cpts, LegalForm form, PostalAddress address, Coordinator coordinator, long version, Account by) {
        requireEditor(cpts, by);
        Optional<VersionedProfile> stored = profiles.of(cpts.id());
        long current = stored.map(VersionedProfile::version).orElse(0L);
        if (current != version) {
            throw new ProfileConflict();
        }
        CptsProfile profile = stored.map(s -> s.profile().withIdentity(form, address, coordinator))
                .orElseGet(() -> new CptsProfile(cpts.id(), form, address, coordinator, List.of()));
        save(stored.map(VersionedProfile::profile).orElse(null), profile, version, by);
    }

    @Transactional
    public void addMember(CptsRecord cpts, Member member, long version, Account by) {
        requireEditor(cpts, by);
        VersionedProfile stored = current(cpts, version);
        save(stored.profile(), stored.profile().withMember(member), version, by);
    }

    @Transactional
    public String removeMember(CptsRecord cpts, int index, long version, Account by) {
        requireEditor(cpts, by);
        VersionedProfile stored = current(cpts, version);
        CptsProfile fewer = stored.profile().withoutMember(index);
        save(stored.profile(), fewer, version, by);
        return stored.profile().members().get(index).name();
    }

    /** Saves the profile and journals what changed ({@code before} null when there was none). */
    private void save(CptsProfile before, CptsProfile after, long version, Account by) {
        profiles.save(after, version, by.username());
        List<FieldChange> changes = new ArrayList<>(FieldChanges.between(before, after).stream()
                .filter(change ->
                        !change.field().equals("members") && !change.field().startsWith("cpts."))
                .toList());
        List<Member> had = before == null ? List.of() : before.members();
        String added = describe(minus(after.members(), had));
        String removed = describe(minus(had, after.members()));
        if (!added.isEmpty()) {
            changes.add(new FieldChange("membersAdded", null, added));
        }
        if (!removed.isEmpty()) {
            changes.add(new FieldChange("membersRemoved", removed, null));
        }
        if (before == null || !changes.isEmpty()) {
            audit.record(
                    by,
                    after.cpts(),
                    AuditedEntity.FICHE_CPTS,
                    after.cpts().value(),
                    before == null ? AuditAction.CREATION : AuditAction.MODIFICATION,
                    null,
                    changes);
        }
    }

    /** The members of {@code these} not in {@code those}, each counted as often as it appears. */
    private static List<Member> minus(List<Member> these, List<Member> those) {
        List<Member> left = new ArrayList<>(these);
        those.forEach(left::remove);
        return left;
    }

    private static String describe(List<Member> members) {
        return String.join(
                ", ",
                members.stream()
                        .map(member -> member.name() + " (" + member.description()
                                + member.commune()
                                        .map(code -> ", " + code.value())
                                        .orElse("") + ")")
                        .toList());
    }

    /** The current commune of that code, or empty for a blank code; refused when it names no commune. */
    public Optional<InseeCode> commune(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        if (!InseeCode.isValid(code)) {
            throw new DomainException("Le code INSEE « " + code.strip() + " » n'est pas valide (cinq caractères, "
                    + "par exemple 33227).");
        }
        return Optional.of(communes.byCode(InseeCode.parse(code))
                .map(Commune::code)
                .orElseThrow(() -> new DomainException(
                        "Le code « " + code.strip() + " » n'est pas celui d'une commune actuelle.")));
    }

    private VersionedProfile current(CptsRecord cpts, long version) {
        VersionedProfile stored = profiles.of(cpts.id())
                .orElseThrow(
                        () -> new DomainException(
                                "Enregistrez d'abord la fiche (forme juridique, adresse, coordination) avant d'ajouter des membres."));
        if (stored.version() != version) {
            throw new ProfileConflict();
        }
        return stored;
    }

    private static void requireEditor(CptsRecord cpts, Account by) {
        if (!ProfileEditors.canEdit(by, cpts.id())) {
            throw new DomainException("Seuls les porteurs de la " + cpts.name() + " peuvent modifier sa fiche.");
        }
    }

    private ProfileView view(VersionedProfile stored) {
        List<InseeCode> codes = stored.profile().members().stream()
                .flatMap(member -> member.commune().stream())
                .distinct()
                .toList();
        Map<String, String> names = communes.byCodes(codes).found().stream()
                .collect(Collectors.toMap(commune -> commune.code().value(), Commune::name));
        return new ProfileView(
                stored.profile(),
                stored.version(),
                "le " + FrenchDates.dayTime(stored.updatedAt()) + " par " + stored.updatedBy(),
                names);
    }
}
