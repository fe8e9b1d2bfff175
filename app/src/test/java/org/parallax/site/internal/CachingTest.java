package org.parallax.site.internal;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.parallax.WebFixtures;
import org.parallax.WebTest;

/** Pages differ from reader to reader, so no cache keeps them; style sheets may be kept. */
class CachingTest extends WebTest {

    @Test
    void pagesAreNeverStoredButTheStyleSheetIsKeptForAnHour() throws Exception {
        mvc.perform(get("/articles/" + WebFixtures.GATED_ID)).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", Matchers.containsString("no-store")));
        mvc.perform(get("/css/site.css")).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "max-age=3600"));
    }
}
