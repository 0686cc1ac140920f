/**
 * What the platform tells a person: notifications raised by what happened in their scope, read in the platform and
 * mailed at once, in a daily digest or not at all, as each person chooses for each kind.
 */
package fr.cpts.domain.notification;
