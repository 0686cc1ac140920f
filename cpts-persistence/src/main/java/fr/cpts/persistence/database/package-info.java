/** Where the data lives: an embedded PostgreSQL by default, an external server in production. */
package fr.cpts.persistence.database;
