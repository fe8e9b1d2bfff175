package org.parallax.readers.internal.web;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * The database session store, without a write on every page view. Spring Session marks a session
 * changed whenever it is read, because its last-access time moves, and then updates its row; for a
 * reader going from page to page that is one database write per page. Here the last-access time
 * only moves once it is a minute old, so a session that nothing else changed is saved by nobody:
 * the session may expire up to a minute early, against a lifetime of hours.
 */
class QuietSessions implements FindByIndexNameSessionRepository<QuietSessions.QuietSession>, DisposableBean {

    static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final FindByIndexNameSessionRepository<Session> sessions;
    private final DisposableBean store;

    @SuppressWarnings("unchecked")
    QuietSessions(JdbcIndexedSessionRepository store) {
        // Its session type is not public: it is handled as a Session, and only ever given back to it.
        this.sessions = (FindByIndexNameSessionRepository<Session>) (FindByIndexNameSessionRepository<?>) store;
        this.store = store;
    }

    @Override
    public QuietSession createSession() {
        return new QuietSession(sessions.createSession());
    }

    @Override
    public void save(QuietSession session) {
        sessions.save(session.stored);
    }

    @Override
    public QuietSession findById(String id) {
        Session found = SessionTransactions.reading(() -> sessions.findById(id));
        return found == null ? null : new QuietSession(found);
    }

    @Override
    public void deleteById(String id) {
        sessions.deleteById(id);
    }

    @Override
    public Map<String, QuietSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        Map<String, QuietSession> found = new LinkedHashMap<>();
        sessions.findByIndexNameAndIndexValue(indexName, indexValue).forEach((id, session) -> found.put(id, new QuietSession(session)));
        return found;
    }

    @Override
    public void destroy() throws Exception {
        store.destroy();
    }

    /** A stored session whose last-access time moves at most once a minute. */
    static final class QuietSession implements Session {

        private final Session stored;

        QuietSession(Session stored) {
            this.stored = stored;
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (Duration.between(stored.getLastAccessedTime(), lastAccessedTime).compareTo(TOUCH_EVERY) >= 0) {
                stored.setLastAccessedTime(lastAccessedTime);
            }
        }

        @Override
        public String getId() {
            return stored.getId();
        }

        @Override
        public String changeSessionId() {
            return stored.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return stored.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return stored.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            stored.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            stored.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return stored.getCreationTime();
        }

        @Override
        public Instant getLastAccessedTime() {
            return stored.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            stored.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return stored.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return stored.isExpired();
        }
    }
}
