/**
 * Storage of the administrative reference data (régions, départements, communes, EPCI): loaded by Flyway from the
 * npm package {@code @etalab/decoupage-administratif} the build brings in, read through the domain's
 * {@link fr.cpts.domain.territory.Communes} port.
 */
package fr.cpts.persistence.territory;
