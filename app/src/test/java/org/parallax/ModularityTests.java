package org.parallax;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    @Test
    void modulesOnlyUseEachOthersPublicTypesAndFormNoCycles() {
        ApplicationModules.of(ParallaxApplication.class).verify();
    }
}
