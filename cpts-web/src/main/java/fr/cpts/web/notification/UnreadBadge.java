package fr.cpts.web.notification;

import fr.cpts.web.security.SignedInUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The unread count of the header's notification badge ({@code ${@unreadBadge.count()}}): read by the layout only
 * when it renders a page for a signed-in person, in one statement; redirects and the JSON API never pay for it.
 */
@Component("unreadBadge")
public class UnreadBadge {

    private final NotificationCentre centre;

    UnreadBadge(NotificationCentre centre) {
        this.centre = centre;
    }

    public long count() {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        return signedIn != null && signedIn.getPrincipal() instanceof SignedInUser user
                ? centre.unread(user.account())
                : 0;
    }
}
