package org.parallax.stories.internal.desk;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the story desk.
 *
 * @param pollInterval how often the desk looks for library changes no event told it about
 * @param batchSize    library changes filed and committed together
 * @param futureTolerance an article dated further ahead of now than this is filed as published now
 * @param stateInterval   how often, at most, the clusterer's state is saved while the desk is busy
 *                        catching up (it is always saved once it has caught up)
 */
@ConfigurationProperties("parallax.stories")
record StoryDeskProperties(
        @DefaultValue("2s") Duration pollInterval,
        @DefaultValue("200") int batchSize,
        @DefaultValue("1d") Duration futureTolerance,
        @DefaultValue("30s") Duration stateInterval) {
}
