package fr.cpts.persistence.shared;

import fr.cpts.domain.account.AccessScope;
import fr.cpts.domain.territory.DepartementCode;
import java.util.List;

/**
 * The one translation of a person's {@link AccessScope} into a SQL predicate on a row of the {@code cpts} table:
 * a porteur's own CPTS, an ARS officer's région, a CPAM officer's départements, all of France, or nothing for the
 * platform's administration. Every list read by SQL filters through it.
 *
 * @param sql       the predicate, on the alias given (for instance {@code c.region_code = ?})
 * @param arguments its bind values, in order
 */
public record ScopeSql(String sql, List<Object> arguments) {

    /**
     * The predicate that keeps the rows of {@code commune} (aliased {@code alias}) of the scope's territory: the
     * région's or départements' communes, all of France, or the communes of the porteur's CPTS territory.
     */
    public static ScopeSql communes(AccessScope scope, String alias) {
        if (scope instanceof AccessScope.OwnCpts own) {
            return new ScopeSql(
                    alias + ".code in (select t.commune_code from cpts_territory_commune t where t.cpts_id = ?)",
                    List.of(own.cpts().value()));
        }
        // a commune row names its région and département by the same columns as a cpts row
        return of(scope, alias);
    }

    /** The predicate that keeps the rows of {@code cpts} (aliased {@code alias}) the scope covers. */
    public static ScopeSql of(AccessScope scope, String alias) {
        if (scope instanceof AccessScope.OwnCpts own) {
            return new ScopeSql(alias + ".id = ?", List.of(own.cpts().value()));
        }
        if (scope instanceof AccessScope.Region region) {
            return new ScopeSql(
                    alias + ".region_code = ?", List.of(region.region().value()));
        }
        if (scope instanceof AccessScope.Departements departements) {
            return new ScopeSql(
                    alias + ".departement_code = any(?)", List.of((Object) departements.departements().stream()
                            .map(DepartementCode::value)
                            .sorted()
                            .toArray(String[]::new)));
        }
        if (scope instanceof AccessScope.National) {
            return new ScopeSql("true", List.of());
        }
        // the platform's administration sees no CPTS
        return new ScopeSql("false", List.of());
    }
}
