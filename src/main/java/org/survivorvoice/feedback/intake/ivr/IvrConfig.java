package org.survivorvoice.feedback.intake.ivr;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** Settings of the phone line under {@code survivor-voice.ivr}. */
@ConfigMapping(prefix = "survivor-voice.ivr")
public interface IvrConfig {

    /**
     * Base URL of recorded prompts: when set, a fixed prompt is played from {@code
     * <base>/<language>/<key>.mp3} (e.g. {@code .../hi/ivr.overall.mp3}); when not, it is spoken
     * with {@code <Say>} in the language's voice. Prompts with a provider's name are always spoken.
     */
    Optional<String> promptBaseUrl();
}
