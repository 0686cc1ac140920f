package fr.cpts.web.dossier;

import fr.cpts.domain.account.AccessScope;
import fr.cpts.domain.account.Account;
import fr.cpts.domain.account.Accounts;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.territory.DepartementCode;
import fr.cpts.domain.territory.InseeCode;
import fr.cpts.domain.territory.RegionCode;
import fr.cpts.domain.territory.Territories;
import fr.cpts.domain.territory.Territory;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A CPTS of its own for a test that files dossiers (so tests sharing the demo database never see each other's
 * moves): in Gironde (région 75, the demo ARS officer's), with a territory of one commune no other CPTS holds, and a
 * porteur whose password is {@code <login>-demo}.
 */
public final class TestPorteurs {

    /**
     * Gironde communes outside the demo territories (TerritoryDemoData) and named by no test; each test CPTS takes the
     * next one, so that no two test CPTS of one run share a commune (a shared commune would refuse a filing).
     */
    private static final List<String> FREE_COMMUNES = List.of(
            "33104", "33105", "33108", "33109", "33112", "33113", "33114", "33116", "33117", "33118", "33119", "33120",
            "33121", "33122", "33123", "33124", "33125", "33126", "33127", "33128", "33129", "33131", "33132", "33133",
            "33134", "33135", "33136", "33137", "33138", "33139", "33140", "33141", "33142", "33143", "33144", "33145",
            "33146", "33147", "33148", "33149", "33150", "33151", "33152", "33153", "33154", "33155", "33156", "33157",
            "33159", "33160", "33161", "33162", "33163", "33165", "33166", "33167", "33168", "33172", "33173", "33174",
            "33175", "33176", "33177", "33178", "33179", "33180", "33181", "33182", "33183", "33184", "33185", "33186",
            "33188", "33189", "33190", "33191", "33192", "33193", "33194", "33195", "33196", "33197", "33198");

    private static final AtomicInteger NEXT = new AtomicInteger();

    private TestPorteurs() {}

    public record TestPorteur(CptsRecord cpts, String username, String password) {}

    /** A Gironde commune no other test CPTS of this run holds, for a CPTS a test creates through the pages. */
    public static String freeCommune() {
        return FREE_COMMUNES.get(NEXT.getAndIncrement() % FREE_COMMUNES.size());
    }

    public static TestPorteur create(
            String name, CptsRecords records, Territories territories, Accounts accounts, PasswordEncoder encoder) {
        int n = NEXT.getAndIncrement();
        String suffix = ProcessHandle.current().pid() + "-" + n + "-" + System.nanoTime() % 100_000;
        CptsRecord cpts = records.create(name + " " + suffix, new RegionCode("75"), new DepartementCode("33"));
        territories.save(
                new Territory(cpts.id(), Set.of(new InseeCode(FREE_COMMUNES.get(n % FREE_COMMUNES.size())))),
                0,
                "test");
        String username = "porteur-test-" + suffix;
        accounts.create(new Account(
                username,
                "Porteur " + name,
                encoder.encode(username + "-demo"),
                Role.PORTEUR,
                new AccessScope.OwnCpts(cpts.id())));
        return new TestPorteur(cpts, username, username + "-demo");
    }
}
