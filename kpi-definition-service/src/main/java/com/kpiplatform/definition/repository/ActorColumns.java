package com.kpiplatform.definition.repository;

import com.kpiplatform.support.actor.Actor;
import jakarta.persistence.Embeddable;

/** Who did it, stored as two columns (the credential's subject and the display name); each use names them. */
@Embeddable
public record ActorColumns(String subject, String name) {

    public static ActorColumns of(Actor actor) {
        return new ActorColumns(actor.subject(), actor.name());
    }
}
