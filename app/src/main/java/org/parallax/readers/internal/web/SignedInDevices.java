package org.parallax.readers.internal.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends a reader's sessions on other devices (after a new password, a reset, a deletion). Sessions
 * are found by the principal name {@link ReaderSessions} gives them: the reader's id.
 */
@Component
class SignedInDevices {

    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

    SignedInDevices(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
        this.sessions = sessions;
    }

    /** Ends every session of this reader except {@code keep} (the current one, or null for none). */
    void endAllBut(long readerId, String keep) {
        FindByIndexNameSessionRepository<? extends Session> repository = sessions.getIfAvailable();
        if (repository == null) {
            return;
        }
        for (String id : repository.findByPrincipalName(Long.toString(readerId)).keySet()) {
            if (!id.equals(keep)) {
                repository.deleteById(id);
            }
        }
    }
}
