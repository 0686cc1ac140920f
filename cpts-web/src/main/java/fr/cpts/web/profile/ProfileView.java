package fr.cpts.web.profile;

import fr.cpts.domain.profile.CptsProfile;
import fr.cpts.domain.profile.Member;
import java.util.List;
import java.util.Map;

/**
 * A profile as pages show it: the profile, the version it was read at, who changed it last and when
 * (« le dd/MM/yyyy à HH:mm par login »), and the names of its members' communes by INSEE code.
 */
public record ProfileView(CptsProfile profile, long version, String lastChange, Map<String, String> communeNames) {

    public String communeOf(Member member) {
        return member.commune()
                .map(code -> communeNames.getOrDefault(code.value(), code.value()) + " (" + code.value() + ")")
                .orElse(null);
    }

    public List<Member> members() {
        return profile.members();
    }
}
