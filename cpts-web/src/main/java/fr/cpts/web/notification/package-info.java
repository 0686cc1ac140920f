/**
 * Notifications: raised from the domain events in the transaction of the change (so that a rolled-back move tells
 * nobody), mailed at once or gathered in the daily digest, read in the notification centre.
 */
package fr.cpts.web.notification;
