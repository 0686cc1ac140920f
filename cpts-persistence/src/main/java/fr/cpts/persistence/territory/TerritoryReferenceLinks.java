package fr.cpts.persistence.territory;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** What the reference tables derive from one another once an edition is loaded, and the links checked between them. */
final class TerritoryReferenceLinks {

    private TerritoryReferenceLinks() {}

    /** A commune is divided while a current arrondissement divides it (Paris, Lyon, Marseille). */
    static void markDivided(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("""
                    update commune c set divided = d.divided
                    from (select c2.code, exists (select 1 from commune a
                                                  where a.divides = c2.code and a.retired_in is null) as divided
                          from commune c2) d
                    where d.code = c.code and c.divided is distinct from d.divided""");
        }
    }

    /**
     * The links between reference tables, checked once for all rows rather than by per-row foreign keys:
     * every département in a région, every commune in a département and a région, every membership between an
     * EPCI and a commune the platform knows, every municipal arrondissement dividing a known commune. A broken link aborts the load (and the transaction).
     */
    static void check(Connection connection, ReferenceDataFiles.Edition edition) throws SQLException {
        String sql = """
                select 'département ' || d.code || ' : région ' || d.region_code || ' inconnue'
                from departement d where not exists (select 1 from region r where r.code = d.region_code)
                union all
                select 'commune ' || c.code || ' : département ' || c.departement_code || ' inconnu'
                from commune c where not exists (select 1 from departement d where d.code = c.departement_code)
                union all
                select 'commune ' || c.code || ' : région ' || c.region_code || ' inconnue'
                from commune c where not exists (select 1 from region r where r.code = c.region_code)
                union all
                select 'EPCI ' || m.epci_code || ' : inconnu'
                from epci_commune m where not exists (select 1 from epci e where e.code = m.epci_code)
                union all
                select 'arrondissement ' || a.code || ' : commune divisée ' || a.divides || ' inconnue'
                from commune a where a.divides is not null
                    and not exists (select 1 from commune c where c.code = a.divides and c.divides is null)
                limit 10""";
        List<String> broken = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                broken.add(rows.getString(1));
            }
        }
        if (!broken.isEmpty()) {
            throw new IllegalStateException("Référentiel territorial " + edition + " incohérent, chargement annulé : "
                    + String.join(" ; ", broken));
        }
    }

    /** Rows in PostgreSQL's CSV format: every value quoted, null as an empty unquoted field. */
}
