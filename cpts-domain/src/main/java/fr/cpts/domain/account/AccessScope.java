package fr.cpts.domain.account;

import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.territory.DepartementCode;
import fr.cpts.domain.territory.RegionCode;
import java.io.Serializable;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The part of the country whose CPTS a person may see: one CPTS, one région, some départements, all of France, or
 * none.
 */
public sealed interface AccessScope extends Serializable {

    /** Whether this scope lets its holder see that CPTS. */
    boolean covers(CptsRecord cpts);

    /** French description of the scope, for the page header. */
    String describe();

    /** A porteur sees their own CPTS only. */
    record OwnCpts(CptsId cpts) implements AccessScope {
        public OwnCpts {
            Objects.requireNonNull(cpts, "CPTS");
        }

        @Override
        public boolean covers(CptsRecord record) {
            return record.id().equals(cpts);
        }

        @Override
        public String describe() {
            return "sa CPTS";
        }
    }

    /**
     * A porteur who signed up and has not yet created or joined a CPTS: they see no CPTS until they do.
     */
    record NoCpts() implements AccessScope {
        @Override
        public boolean covers(CptsRecord record) {
            return false;
        }

        @Override
        public String describe() {
            return "aucune CPTS pour l'instant";
        }
    }

    /** An ARS officer sees the CPTS of their région. */
    record Region(RegionCode region) implements AccessScope {
        public Region {
            Objects.requireNonNull(region, "région");
        }

        @Override
        public boolean covers(CptsRecord record) {
            return record.region().equals(region);
        }

        @Override
        public String describe() {
            return "région " + region.value();
        }
    }

    /** A CPAM officer sees the CPTS of their départements. */
    record Departements(Set<DepartementCode> departements) implements AccessScope {
        public Departements {
            if (departements == null || departements.isEmpty()) {
                throw new IllegalArgumentException("Un agent CPAM doit être rattaché à au moins un département");
            }
            departements = Set.copyOf(departements);
        }

        @Override
        public boolean covers(CptsRecord record) {
            return departements.contains(record.departement());
        }

        @Override
        public String describe() {
            SortedSet<String> codes =
                    departements.stream().map(DepartementCode::value).collect(Collectors.toCollection(TreeSet::new));
            return (codes.size() == 1 ? "département " : "départements ") + String.join(", ", codes);
        }
    }

    /**
     * All of France, read-only: what the national steering (dashboards, exports over every CPTS) reads. No account
     * holds it yet; an administrator manages the platform with {@link Platform}.
     */
    record National() implements AccessScope {
        @Override
        public boolean covers(CptsRecord record) {
            return true;
        }

        @Override
        public String describe() {
            return "France entière";
        }
    }

    /** An administrator manages the platform and sees no dossier. */
    record Platform() implements AccessScope {
        @Override
        public boolean covers(CptsRecord record) {
            return false;
        }

        @Override
        public String describe() {
            return "administration de la plateforme";
        }
    }
}
