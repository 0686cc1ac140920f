/** Domain events: the facts a move returns, for the journal and the notifications to listen to. */
package fr.cpts.domain.shared.event;
