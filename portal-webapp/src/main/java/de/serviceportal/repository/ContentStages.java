package de.serviceportal.repository;

/** The draft and the live content repository. */
public final class ContentStages {

    private final ContentRepository draft;
    private final ContentRepository live;

    ContentStages(ContentRepository draft, ContentRepository live) {
        this.draft = draft;
        this.live = live;
    }

    public ContentRepository draft() {
        return draft;
    }

    public ContentRepository live() {
        return live;
    }

    public ContentRepository of(Stage stage) {
        return stage == Stage.LIVE ? live : draft;
    }
}
