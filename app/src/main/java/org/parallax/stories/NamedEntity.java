package org.parallax.stories;

/** An entity as the library files it, with the id its page and the API use. */
public record NamedEntity(long id, Entity entity) {

    public String name() {
        return entity.canonicalName();
    }

    public Entity.Kind kind() {
        return entity.kind();
    }
}
