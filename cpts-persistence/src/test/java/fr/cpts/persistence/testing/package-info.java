/** Test support shared by the modules' tests: a real PostgreSQL, never H2. */
package fr.cpts.persistence.testing;
