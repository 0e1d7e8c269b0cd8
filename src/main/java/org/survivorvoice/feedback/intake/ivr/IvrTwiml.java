package org.survivorvoice.feedback.intake.ivr;

import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Gather;
import com.twilio.twiml.voice.Hangup;
import com.twilio.twiml.voice.Play;
import com.twilio.twiml.voice.Record;
import com.twilio.twiml.voice.Redirect;
import com.twilio.twiml.voice.Say;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.survivorvoice.common.i18n.SurvivorLanguage;
import org.survivorvoice.common.i18n.SurvivorMessages;
import org.survivorvoice.feedback.intake.ivr.IvrCall.IvrNotice;

/**
 * The TwiML of a call's current step, built with the Twilio SDK: the prompt inside a {@code
 * <Gather>} (8 s timeout) whose action is the step's own webhook with the call's version, then a
 * {@code <Redirect>} to the same URL, which is how a timeout reaches the flow. URLs carry only the
 * step and version: nothing personal.
 */
final class IvrTwiml {

    /** Seconds Twilio waits for a key (CHANNELS.md). */
    static final int GATHER_TIMEOUT = 8;

    private static final int COMMENT_SECONDS = 60;

    private final SurvivorMessages messages;
    private final String baseUrl;
    private final Optional<String> promptBase;

    IvrTwiml(SurvivorMessages messages, String publicBaseUrl, Optional<String> promptBase) {
        this.messages = messages;
        String base = publicBaseUrl.strip();
        this.baseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.promptBase = promptBase.map(String::strip).filter(s -> !s.isEmpty());
    }

    /** The TwiML for the call as it stands; {@code providerName} is read back at CONFIRM. */
    String of(IvrCall call, boolean firstPrompt, String providerName) {
        SurvivorLanguage language = call.language() == null ? SurvivorLanguage.EN : call.language();
        List<Object> prompts = new ArrayList<>();
        if (call.notice() == IvrNotice.INVALID) {
            prompts.add(fixed(language, "ivr.invalid"));
        } else if (call.notice() == IvrNotice.CODE_NOT_RECOGNISED) {
            prompts.add(fixed(language, "ivr.code-not-recognised"));
        } else if (call.notice() == IvrNotice.PIN_WRONG) {
            prompts.add(fixed(language, "ivr.pin-wrong"));
        } else if (call.notice() == IvrNotice.CALLBACK_OFFER) {
            prompts.add(fixed(language, "ivr.callback-offer"));
        }
        VoiceResponse.Builder response = new VoiceResponse.Builder();
        switch (call.step()) {
            case THANKS, GOODBYE, OPTED_OUT, PIN_FAILED, CALLBACK_NOTED -> {
                String key =
                        switch (call.step()) {
                            case THANKS -> "ivr.thanks";
                            case GOODBYE -> "ivr.goodbye";
                            case PIN_FAILED -> "ivr.pin-failed";
                            case CALLBACK_NOTED -> "ivr.callback-noted";
                            default -> "ivr.opt-out";
                        };
                add(response, fixed(language, key));
                return response.hangup(new Hangup.Builder().build()).build().toXml();
            }
            case LANGUAGE -> {
                if (firstPrompt) {
                    prompts.add(fixed(SurvivorLanguage.EN, "ivr.welcome"));
                }
                for (SurvivorLanguage option :
                        List.of(
                                SurvivorLanguage.HI,
                                SurvivorLanguage.BN,
                                SurvivorLanguage.TE,
                                SurvivorLanguage.EN)) {
                    prompts.add(fixed(option, "ivr.language-option"));
                }
            }
            case PIN -> {
                if (firstPrompt) {
                    // names no provider: whoever answers her phone learns nothing from it
                    prompts.add(fixed(language, "ivr.invitation-greeting"));
                }
                prompts.add(fixed(language, "ivr.pin"));
            }
            case CODE -> {
                if (firstPrompt) {
                    // her language is known from her phone: the offer comes with the welcome
                    prompts.add(fixed(language, "ivr.welcome"));
                    prompts.add(fixed(language, "ivr.callback-offer"));
                }
                prompts.add(fixed(language, "ivr.code"));
            }
            case CONFIRM ->
                    prompts.add(
                            say(
                                    language,
                                    messages.text(
                                            language,
                                            "ivr.confirm",
                                            Map.of(
                                                    "code",
                                                    String.join(" ", call.providerCode().split("")),
                                                    "provider",
                                                    providerName == null ? "" : providerName))));
            case COMMENT -> {
                prompts.forEach(p -> add(response, p));
                add(response, fixed(language, "ivr.comment"));
                String action = action(call);
                return response.record(
                                new Record.Builder()
                                        .action(action)
                                        .maxLength(COMMENT_SECONDS)
                                        .timeout(GATHER_TIMEOUT)
                                        // 0 ends the comment as a request to be called back
                                        .finishOnKey("#0")
                                        .playBeep(true)
                                        .build())
                        .redirect(new Redirect.Builder(action).build())
                        .build()
                        .toXml();
            }
            default -> prompts.add(fixed(language, "ivr." + call.step().path()));
        }
        Gather.Builder gather =
                new Gather.Builder()
                        .inputs(Gather.Input.DTMF)
                        .action(action(call))
                        .timeout(GATHER_TIMEOUT);
        if (call.step() == IvrStep.CODE) {
            gather.finishOnKey("#");
        } else if (call.step() == IvrStep.PIN) {
            gather.finishOnKey("#").numDigits(4);
        } else {
            gather.numDigits(1);
        }
        for (Object prompt : prompts) {
            if (prompt instanceof Say say) {
                gather.say(say);
            } else {
                gather.play((Play) prompt);
            }
        }
        return response.gather(gather.build())
                .redirect(new Redirect.Builder(action(call)).build())
                .build()
                .toXml();
    }

    private String action(IvrCall call) {
        return baseUrl + "/twilio/voice/" + call.step().path() + "?v=" + call.version();
    }

    private Object fixed(SurvivorLanguage language, String key) {
        if (promptBase.isPresent()) {
            String base = promptBase.get();
            base = base.endsWith("/") ? base : base + "/";
            return new Play.Builder(base + language.code() + "/" + key + ".mp3").build();
        }
        return say(language, messages.text(language, key));
    }

    private static Say say(SurvivorLanguage language, String text) {
        Say.Language voice =
                switch (language) {
                    case HI -> Say.Language.HI_IN;
                    case BN -> Say.Language.BN_IN;
                    case TE -> Say.Language.TE_IN;
                    default -> Say.Language.EN_IN;
                };
        return new Say.Builder(text).language(voice).build();
    }

    private static void add(VoiceResponse.Builder response, Object prompt) {
        if (prompt instanceof Say say) {
            response.say(say);
        } else {
            response.play((Play) prompt);
        }
    }
}
