package fr.cpts.web.cpts;

import fr.cpts.domain.account.Account;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.cpts.CptsRecords;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The CPTS a signed-in person may see, and nothing more: a porteur their own, an ARS officer their région's,
 * a CPAM officer their départements', an administrator none. Every record read is checked against the scope.
 */
@Service
public class CptsDirectory {

    private final CptsRecords records;

    CptsDirectory(CptsRecords records) {
        this.records = records;
    }

    public List<CptsRecord> visibleTo(Account account) {
        return account.scope().visibleIn(records).stream()
                .filter(account.scope()::covers)
                .toList();
    }
}
