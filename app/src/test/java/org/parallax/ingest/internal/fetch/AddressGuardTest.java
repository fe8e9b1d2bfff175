package org.parallax.ingest.internal.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parallax.ingest.FetchFailed;

/** Only literal addresses here: the guard must refuse them before connecting, so nothing leaves the machine. */
class AddressGuardTest {

    private final AddressGuard guard = new AddressGuard(List.of());
    private final PoliteFetcher fetcher = new PoliteFetcher(TestFetchers.allowingNoHost());

    @AfterEach
    void stop() {
        fetcher.close();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            http://10.1.2.3/feed                | refused: 10.1.2.3 is a private address
            http://172.20.0.1/feed              | refused: 172.20.0.1 is a private address
            https://192.168.1.10/               | refused: 192.168.1.10 is a private address
            http://169.254.169.254/latest/      | refused: 169.254.169.254 is a link-local address
            http://127.0.0.1:8080/              | refused: 127.0.0.1 is a loopback address
            http://[::1]/                       | refused: ::1 is a loopback address
            http://[fd12:3456::1]/              | refused: fd12:3456::1 is a private address
            http://[fe80::1]/                   | refused: fe80::1 is a link-local address
            http://0.0.0.0/                     | refused: 0.0.0.0 is an unspecified address
            http://224.0.0.1/                   | refused: 224.0.0.1 is a multicast address
            http://255.255.255.255/             | refused: 255.255.255.255 is a broadcast address
            http://100.64.0.7/                  | refused: 100.64.0.7 is a private address
            http://[::ffff:10.0.0.5]/           | refused: ::ffff:10.0.0.5 is a private address
            http://[2002:a00:1::]/              | refused: 2002:a00:1:: is a private address
            http://[64:ff9b::a9fe:a9fe]/        | refused: 64:ff9b::a9fe:a9fe is a link-local address
            """)
    void privateAndLocalAddressesAreRefusedForGood(String url, String message) {
        assertThatThrownBy(() -> fetcher.fetch(URI.create(url), null, null))
                .isInstanceOfSatisfying(FetchFailed.class, failed -> {
                    assertThat(failed).hasMessage(message);
                    assertThat(failed.temporary()).isFalse();
                });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            file:///etc/passwd                  | refused: only http and https are fetched, not file
            ftp://ftp.example.org/feed.xml      | refused: only http and https are fetched, not ftp
            gopher://10.0.0.1/                  | refused: only http and https are fetched, not gopher
            /relative/feed.xml                  | refused: only http and https are fetched, not a relative URL
            """)
    void otherSchemesAreRefused(String url, String message) {
        assertThatThrownBy(() -> fetcher.fetch(URI.create(url), null, null))
                .isInstanceOfSatisfying(FetchFailed.class, failed -> {
                    assertThat(failed).hasMessage(message);
                    assertThat(failed.temporary()).isFalse();
                });
    }

    @Test
    void aPublicAddressPasses() {
        assertThatCode(() -> guard.check(URI.create("https://93.184.215.14/world/feed.xml"))).doesNotThrowAnyException();
        assertThatCode(() -> guard.check(URI.create("https://[2606:4700::1111]/"))).doesNotThrowAnyException();
    }

    @Test
    void aHostTheAdminAllowedPassesWhateverItsAddress() {
        AddressGuard intranet = new AddressGuard(List.of("10.1.2.3", "LocalHost"));

        assertThatCode(() -> intranet.check(URI.create("http://10.1.2.3/feed"))).doesNotThrowAnyException();
        assertThatCode(() -> intranet.check(URI.create("http://localhost:8080/feed"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> intranet.check(URI.create("http://10.1.2.4/feed")))
                .hasMessage("refused: 10.1.2.4 is a private address");
    }

    @Test
    void aNameResolvingToLoopbackIsRefusedUnlessAllowed() {
        assertThatThrownBy(() -> guard.check(URI.create("http://localhost/feed")))
                .hasMessageStartingWith("refused: localhost is at ")
                .hasMessageEndingWith("a loopback address");
    }
}
