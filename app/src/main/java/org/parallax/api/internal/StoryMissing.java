package org.parallax.api.internal;

/** No story, or no entity, has the asked-for id. */
class StoryMissing extends RuntimeException {

    private final String what;

    private StoryMissing(String what, String message) {
        super(message);
        this.what = what;
    }

    static StoryMissing story(String id) {
        return new StoryMissing("Story", "No story has the id \"" + id + "\".");
    }

    static StoryMissing entity(String id) {
        return new StoryMissing("Entity", "No person, place or organization has the id \"" + id + "\".");
    }

    String what() {
        return what;
    }
}
