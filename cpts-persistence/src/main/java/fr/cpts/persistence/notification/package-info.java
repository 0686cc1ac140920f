/** Storage of notifications and of each person's preferences for them. */
package fr.cpts.persistence.notification;
