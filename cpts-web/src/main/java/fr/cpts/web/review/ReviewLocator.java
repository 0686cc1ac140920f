package fr.cpts.web.review;

import fr.cpts.domain.account.Account;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.contract.AciContract;
import fr.cpts.domain.contract.Contracts;
import fr.cpts.domain.contract.MissionStarts;
import fr.cpts.domain.contract.SignedContract;
import fr.cpts.domain.contract.VersionedContract;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.review.ReviewFiles;
import fr.cpts.domain.review.VersionedReview;
import fr.cpts.domain.review.YearlyReview;
import fr.cpts.domain.review.YearlyReviews;
import fr.cpts.domain.review.YearlyReviews.WithFiles;
import fr.cpts.web.territory.CptsAccess;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Finds a yearly review as a person may see it. The CPTS comes from the porteur's account, or from the address for
 * an officer, checked against their scope (région for the ARS, départements for the CPAM): anything out of it, a
 * year outside the contract, and a review its CPTS never filed (for an officer) are answered as not found.
 */
@Component
class ReviewLocator {

    private final CptsAccess access;
    private final YearlyReviews reviews;
    private final Contracts contracts;

    ReviewLocator(CptsAccess access, YearlyReviews reviews, Contracts contracts) {
        this.access = access;
        this.reviews = reviews;
        this.contracts = contracts;
    }

    /** {@code cptsId} is the CPTS of the address, for an officer; a porteur's is always their own (pass null). */
    LocatedReview locate(Account person, Long cptsId, int year) {
        CptsRecord cpts = scoped(person, cptsId, year);
        return located(person, cpts, reviews.of(cpts.id(), year).orElseThrow(ReviewNotFound::new), Optional.empty());
    }

    /** As {@link #locate(Account, Long, int)}, with what is filed with the review, read with it (for its page). */
    LocatedReview locateWithFiles(Account person, Long cptsId, int year) {
        CptsRecord cpts = scoped(person, cptsId, year);
        WithFiles found = reviews.withFiles(cpts.id(), year).orElseThrow(ReviewNotFound::new);
        return located(person, cpts, found.stored(), Optional.of(found.files()));
    }

    private CptsRecord scoped(Account person, Long cptsId, int year) {
        requireContractYear(year);
        return cpts(person, cptsId);
    }

    private LocatedReview located(
            Account person, CptsRecord cpts, VersionedReview stored, Optional<ReviewFiles> files) {
        if (person.role() != Role.PORTEUR && !stored.review().filed()) {
            // the CPTS's draft is its own until it files it
            throw new ReviewNotFound();
        }
        VersionedContract versioned = contracts.of(cpts.id()).orElseThrow(ReviewNotFound::new);
        SignedContract contract =
                versioned.contract().version(stored.review().contractVersion()).orElseThrow(ReviewNotFound::new);
        return new LocatedReview(
                cpts, stored, contract, MissionStarts.of(contract.terms(), versioned.progress()), files);
    }

    /** As {@link #locate}, for a move only that role makes. */
    LocatedReview locate(Account person, Role role, long cptsId, int year) {
        if (person.role() != role) {
            throw new ReviewNotFound();
        }
        return locate(person, cptsId, year);
    }

    /** The porteur's own CPTS. */
    CptsRecord own(Account porteur) {
        return access.own(porteur);
    }

    /** The CPTS's contract, once signed by the three parties (with its end, if a party recorded one). */
    Optional<AciContract> signed(CptsRecord cpts) {
        return contracts.of(cpts.id()).map(VersionedContract::contract).filter(contract -> contract.active()
                .isPresent());
    }

    /** Contract year N starts on the (N − 1)th anniversary of the signature. */
    static LocalDate yearStart(SignedContract contract, int year) {
        return contract.signatureDate().plusYears(year - 1L);
    }

    static void requireContractYear(int year) {
        if (year < 1 || year > YearlyReview.CONTRACT_YEARS) {
            throw new ReviewNotFound();
        }
    }

    private CptsRecord cpts(Account person, Long cptsId) {
        return switch (person.role()) {
            case PORTEUR -> access.own(person);
            case ARS_OFFICER, CPAM_OFFICER -> access.visible(person, cptsId == null ? 0 : cptsId);
            case ADMINISTRATOR -> throw new ReviewNotFound();
        };
    }
}
