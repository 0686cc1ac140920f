package fr.cpts.web.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * The sessions a person has open, on every device and instance (Spring Session's shared store): counted, and ended
 * when their password, scope or account changes. Without a shared store (none configured) there is nothing to end.
 */
@Component
public class OpenSessions {

    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

    OpenSessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
        this.sessions = sessions;
    }

    int count(String username) {
        FindByIndexNameSessionRepository<? extends Session> repository = sessions.getIfAvailable();
        return repository == null ? 0 : repository.findByPrincipalName(username).size();
    }

    /** Ends every session of that login. */
    public void endAll(String username) {
        endAllBut(username, null);
    }

    /** Ends every session of that login but {@code kept} (the one making the change), when given. */
    void endAllBut(String username, String kept) {
        FindByIndexNameSessionRepository<? extends Session> repository = sessions.getIfAvailable();
        if (repository != null) {
            repository.findByPrincipalName(username).keySet().stream()
                    .filter(id -> !id.equals(kept))
                    .forEach(repository::deleteById);
        }
    }
}
