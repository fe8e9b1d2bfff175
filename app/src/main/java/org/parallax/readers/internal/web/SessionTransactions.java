package org.parallax.readers.internal.web;

import java.util.function.Supplier;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The transactions of the session store. Spring Session wraps even the read of one session in a
 * transaction; on SQLite every transaction begins IMMEDIATE (it takes the write lock, so writers
 * never deadlock), which made every page view queue behind every other for that lock. Reading one
 * session is a single SELECT, consistent on its own, so {@link QuietSessions} reads outside a
 * transaction; everything that writes still gets one.
 */
final class SessionTransactions implements TransactionOperations {

    private static final ThreadLocal<Boolean> READING = new ThreadLocal<>();

    private final TransactionOperations writes;

    SessionTransactions(TransactionOperations writes) {
        this.writes = writes;
    }

    /** Runs a read of the session store with no transaction around it. */
    static <T> T reading(Supplier<T> read) {
        READING.set(Boolean.TRUE);
        try {
            return read.get();
        } finally {
            READING.remove();
        }
    }

    @Override
    public <T> T execute(TransactionCallback<T> action) throws TransactionException {
        if (READING.get() != null) {
            return action.doInTransaction(new SimpleTransactionStatus(false));
        }
        return writes.execute(action);
    }
}
