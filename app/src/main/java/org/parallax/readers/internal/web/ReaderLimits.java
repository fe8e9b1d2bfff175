package org.parallax.readers.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import org.parallax.readers.Throttle;
import org.parallax.readers.Throttle.Limit;
import org.parallax.readers.TooManyAttempts;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The rate limits of the readers' forms, counted per address (or account) and per client IP. An
 * attempt counts against both, whether or not the account exists, so the refusal says nothing
 * about it. The client IP is the request's remote address: behind a proxy, set
 * {@code server.forward-headers-strategy} so that it is the reader's, not the proxy's.
 */
@Component
class ReaderLimits {

    private final Throttle throttle;
    private final Clock clock;
    private final Limit signInPerAddress;
    private final Limit signInPerIp;
    private final Limit linksPerAddress;
    private final Limit linksPerIp;
    private final Limit emailChangePerAccount;
    private final Limit emailChangePerIp;
    private final Limit linksRedeemedPerIp;

    ReaderLimits(Throttle throttle, LimitsProperties limits, Clock clock) {
        this.throttle = throttle;
        this.clock = clock;
        this.signInPerAddress = limits.signInPerAddress().named("sign-in-per-address");
        this.signInPerIp = limits.signInPerIp().named("sign-in-per-ip");
        this.linksPerAddress = limits.linksPerAddress().named("links-per-address");
        this.linksPerIp = limits.linksPerIp().named("links-per-ip");
        this.emailChangePerAccount = limits.emailChangePerAccount().named("email-change-per-account");
        this.emailChangePerIp = limits.emailChangePerIp().named("email-change-per-ip");
        this.linksRedeemedPerIp = limits.linksRedeemedPerIp().named("links-redeemed-per-ip");
    }

    /** A password sign-in (or a password check on the account page). */
    void signIn(String email, HttpServletRequest request) {
        both(signInPerAddress, email, signInPerIp, request.getRemoteAddr(), "sign-in attempts");
    }

    /** An emailed link (sign in, confirm, reset): per address, and per IP when a request is being served. */
    void linkRequest(String email) {
        String ip = currentIp();
        if (ip == null) {
            if (!throttle.allow(linksPerAddress, email)) {
                throw new TooManyAttempts("emails asked for", untilNextWindow(linksPerAddress));
            }
            return;
        }
        both(linksPerAddress, email, linksPerIp, ip, "emails asked for");
    }

    void emailChange(long readerId, HttpServletRequest request) {
        both(emailChangePerAccount, Long.toString(readerId), emailChangePerIp, request.getRemoteAddr(), "email changes");
    }

    /** A one-time link used (or guessed): per IP, since a guesser has no address to count. */
    void linkRedeemed(HttpServletRequest request) {
        if (!throttle.allow(linksRedeemedPerIp, request.getRemoteAddr())) {
            throw new TooManyAttempts("links tried", untilNextWindow(linksRedeemedPerIp));
        }
    }

    private void both(Limit byAddress, String address, Limit byIp, String ip, String what) {
        // Both are counted every time, so one cannot be spent without the other noticing.
        boolean addressAllowed = throttle.allow(byAddress, address == null ? "" : address);
        boolean ipAllowed = throttle.allow(byIp, ip);
        if (!addressAllowed || !ipAllowed) {
            Duration byAddressWait = addressAllowed ? Duration.ZERO : untilNextWindow(byAddress);
            Duration byIpWait = ipAllowed ? Duration.ZERO : untilNextWindow(byIp);
            throw new TooManyAttempts(what, byAddressWait.compareTo(byIpWait) > 0 ? byAddressWait : byIpWait);
        }
    }

    /** Windows are fixed (aligned on the epoch, as the throttle counts them), so the wait is to the next one. */
    private Duration untilNextWindow(Limit limit) {
        long window = limit.window().toMillis();
        return Duration.ofMillis(window - Math.floorMod(clock.millis(), window));
    }

    private static String currentIp() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr()
                : null;
    }
}
