/** The mails the platform sends: queued with the change that causes them, delivered afterwards. */
package fr.cpts.domain.mail;
