package org.parallax.reviews.internal.delivery;

/** Keeps a node's senders, together, at or under a number of messages per second (0: no limit). */
final class Pace {

    private final long gapNanos;
    private long next;

    Pace(double perSecond) {
        this.gapNanos = perSecond <= 0 ? 0 : (long) (1_000_000_000L / perSecond);
        this.next = System.nanoTime();
    }

    /** Waits until the next message may go. */
    synchronized void await() throws InterruptedException {
        if (gapNanos == 0) {
            return;
        }
        long wait = next - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
        next = Math.max(next, System.nanoTime()) + gapNanos;
    }
}
