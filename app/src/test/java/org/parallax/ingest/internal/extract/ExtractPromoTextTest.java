package org.parallax.ingest.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The short lines around an article that sell, ask or notify, and the article's own lines that only look alike. */
class ExtractPromoTextTest {

    @Test
    void recognisesAppFollowSupportAndDisclaimerLines() {
        assertThat(PromoText.isPromo("Follow The Harbour Gazette on Twitter and Instagram @HarbourGazette")).isTrue();
        assertThat(PromoText.isPromo("For the latest stories download the Harbour News apps for iOS and Android.")).isTrue();
        assertThat(PromoText.isPromo("We rely on your support to keep the harbour news free for everyone.")).isTrue();
        assertThat(PromoText.isPromo("The Gazette is not responsible for the opinions of its readers.")).isTrue();
        assertThat(PromoText.isPromo("¡Mira lo que tiene nuestro canal de YouTube!")).isTrue();
        assertThat(PromoText.isPromo("*Werbung. Dieser Beitrag enthält Werbung für eine Reederei.")).isTrue();
        assertThat(PromoText.isPromo("Wird geladen …")).isTrue();
        assertThat(PromoText.isPromo("(Noch keine Bewertungen)")).isTrue();
        assertThat(PromoText.isPromo("E-Mail (wird benötigt und nicht veröffentlicht)")).isTrue();
    }

    @Test
    void leavesTheArticlesOwnSentencesAlone() {
        assertThat(PromoText.isPromo("The pilots said they would follow the ferries on their first crossings.")).isFalse();
        assertThat(PromoText.isPromo("Werbung für Fähren ist in der Stadt seit Jahren umstritten.")).isFalse();
        assertThat(PromoText.isPromo("The company was loading the ferry when the strike began.")).isFalse();
        assertThat(PromoText.isPromo("Most of the crew said they rely on the tides more than on the timetable.")).isFalse();
    }
}
