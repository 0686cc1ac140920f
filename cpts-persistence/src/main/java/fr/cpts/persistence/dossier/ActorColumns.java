package fr.cpts.persistence.dossier;

import fr.cpts.domain.account.Actor;
import fr.cpts.domain.account.Role;

/** How an actor is written in the tables: login, name and role, each in its own column. */
final class ActorColumns {

    private ActorColumns() {}

    static Actor actor(String username, String name, String role) {
        return username == null ? null : new Actor(username, name, Role.valueOf(role));
    }
}
