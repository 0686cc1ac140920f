package fr.cpts.web.territory;

import fr.cpts.domain.account.AccessScope;
import fr.cpts.domain.account.Account;
import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.cpts.CptsRecords;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * The CPTS a request may work on, checked against the signed-in person's scope: a porteur's own CPTS comes from
 * their account, never from the URL; an id in a URL outside the person's scope answers 404, as if it did not exist.
 */
@Service
public class CptsAccess {

    private final CptsRecords records;

    CptsAccess(CptsRecords records) {
        this.records = records;
    }

    /** The porteur's own CPTS (404 when the account is bound to none, or to one that no longer exists). */
    public CptsRecord own(Account account) {
        if (!(account.scope() instanceof AccessScope.OwnCpts own)) {
            throw notFound();
        }
        return visible(account, own.cpts().value());
    }

    /** The CPTS of that id, provided the person's scope covers it; 404 otherwise. */
    public CptsRecord visible(Account account, long id) {
        if (id <= 0) {
            throw notFound();
        }
        return records.byId(new CptsId(id)).filter(account.scope()::covers).orElseThrow(CptsAccess::notFound);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
