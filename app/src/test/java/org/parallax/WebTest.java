package org.parallax;

import org.junit.jupiter.api.BeforeEach;
import org.parallax.library.Library;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The whole application over the shared fixture data folder. Web tests extend this so they share
 * one Spring context, and so one search index writer, instead of several fighting over its lock.
 */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class WebTest {

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        WebFixtures.properties(registry);
    }

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected Library library;

    @BeforeEach
    void storeFixtures() {
        WebFixtures.store(library);
    }
}
