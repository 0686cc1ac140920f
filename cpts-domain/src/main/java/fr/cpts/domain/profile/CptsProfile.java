package fr.cpts.domain.profile;

import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.shared.DomainException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The profile of a CPTS (fiche CPTS): its legal form, the address of its seat, its coordinator and its members.
 * A legal form other than the ones {@link LegalFormRule#CURRENT} allows is refused here, whatever the page shows.
 */
public record CptsProfile(
        CptsId cpts, LegalForm legalForm, PostalAddress address, Coordinator coordinator, List<Member> members) {

    /** More members than any CPTS has: a pasted mistake rather than a real list. */
    public static final int MAX_MEMBERS = 2_000;

    public CptsProfile {
        Objects.requireNonNull(cpts, "CPTS");
        Objects.requireNonNull(address, "adresse");
        Objects.requireNonNull(coordinator, "coordinateur");
        LegalFormRule.CURRENT.require(legalForm, address);
        members = List.copyOf(Objects.requireNonNull(members, "membres"));
        if (members.size() > MAX_MEMBERS) {
            throw new DomainException("Une fiche CPTS compte au plus " + MAX_MEMBERS + " membres.");
        }
    }

    public CptsProfile withMember(Member member) {
        List<Member> more = new ArrayList<>(members);
        more.add(Objects.requireNonNull(member, "membre"));
        return new CptsProfile(cpts, legalForm, address, coordinator, more);
    }

    /** The profile without the member at that position (0 is the first). */
    public CptsProfile withoutMember(int index) {
        if (index < 0 || index >= members.size()) {
            throw new DomainException("Ce membre ne figure pas (ou plus) dans la fiche.");
        }
        List<Member> fewer = new ArrayList<>(members);
        fewer.remove(index);
        return new CptsProfile(cpts, legalForm, address, coordinator, fewer);
    }

    public CptsProfile withIdentity(LegalForm legalForm, PostalAddress address, Coordinator coordinator) {
        return new CptsProfile(cpts, legalForm, address, coordinator, members);
    }
}
