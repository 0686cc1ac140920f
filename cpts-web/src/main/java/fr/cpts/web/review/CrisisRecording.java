package fr.cpts.web.review;

import fr.cpts.domain.account.Account;
import fr.cpts.domain.account.Actor;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.review.ReviewMoved;
import fr.cpts.domain.review.YearlyReviews;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one move the ARS officer makes on a yearly review of their région: recording the serious health crisis it
 * declared during the year, citing its decision, which makes the crisis mission's variable part due at closing.
 */
@Service
@Transactional
public class CrisisRecording {

    private final ReviewLocator locator;
    private final YearlyReviews reviews;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CrisisRecording(ReviewLocator locator, YearlyReviews reviews, ApplicationEventPublisher events, Clock clock) {
        this.locator = locator;
        this.reviews = reviews;
        this.events = events;
        this.clock = clock;
    }

    public void declareCrisis(Account officer, long cptsId, int year, long readVersion, String decision) {
        LocatedReview at = locator.locate(officer, Role.ARS_OFFICER, cptsId, year);
        at.requireVersion(readVersion);
        String why = IndicatorValues.text(decision, "la décision de l'ARS déclarant la crise", null);
        ReviewMoved declared = at.review().declareCrisis(Actor.of(officer), clock.instant(), why);
        reviews.save(at.review(), at.version());
        events.publishEvent(declared);
    }
}
