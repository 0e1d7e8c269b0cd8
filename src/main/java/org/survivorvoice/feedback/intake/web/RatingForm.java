package org.survivorvoice.feedback.intake.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.survivorvoice.common.i18n.SurvivorText;
import org.survivorvoice.feedback.Answers;
import org.survivorvoice.provider.ProviderCode;

/**
 * What a rating form sent, read totally (SAFETY V1): {@link #read} never throws. A form a browser
 * cannot produce from our pages (an answer off the 1-5 scale, a field given twice, an unknown step)
 * is refused whole as tampered; a form a survivor can get wrong (no code, a mistyped code, no
 * overall answer, a long comment) is kept, with an error per field, so the page can show it again.
 * Pure.
 */
public record RatingForm(
        Step step,
        String codeText,
        String encounterText,
        Answers answers,
        Boolean moneyAsked,
        String comment) {

    /** Longest comment kept, in UTF-16 units (the form's {@code maxlength}). */
    public static final int MAX_COMMENT = 2000;

    /** Longest code text kept for showing again; a real code is six digits. */
    static final int MAX_CODE_TEXT = 40;

    /** Longest encounter number kept for showing again. */
    static final int MAX_ENCOUNTER_TEXT = 20;

    /** The answer fields in the order the page asks them. */
    public static final List<String> QUESTIONS =
            List.of("overall", "dignity", "listened", "timeliness", "outcome");

    /** Which page the form was sent from. */
    public enum Step {
        /** The provider code alone. */
        CODE,
        /** The questions about the provider whose code is carried along. */
        ANSWERS
    }

    /** The form, or empty when it was tampered with. */
    public static Optional<RatingForm> read(Map<String, List<String>> form) {
        if (form == null) {
            return Optional.empty();
        }
        for (List<String> values : form.values()) {
            if (values != null && values.size() > 1) {
                return Optional.empty();
            }
        }
        Optional<Step> step = step(first(form, "step"));
        if (step.isEmpty()) {
            return Optional.empty();
        }
        Integer[] scores = new Integer[QUESTIONS.size()];
        for (int i = 0; i < scores.length; i++) {
            Optional<Optional<Integer>> score = score(first(form, QUESTIONS.get(i)));
            if (score.isEmpty()) {
                return Optional.empty();
            }
            scores[i] = score.get().orElse(null);
        }
        String money = first(form, "money");
        if (money != null && !money.isEmpty() && !money.equals("yes") && !money.equals("no")) {
            return Optional.empty();
        }
        String code = first(form, "code");
        String encounter = first(form, "encounter");
        String comment = first(form, "comment");
        return Optional.of(
                new RatingForm(
                        step.get(),
                        code == null ? "" : cut(code, MAX_CODE_TEXT),
                        encounter == null ? "" : cut(encounter, MAX_ENCOUNTER_TEXT),
                        new Answers(scores[0], scores[1], scores[2], scores[3], scores[4]),
                        money == null || money.isEmpty() ? null : money.equals("yes"),
                        comment == null || comment.isBlank() ? null : comment));
    }

    /** The provider code typed, with Indian-script digits, spaces and dashes allowed. */
    public Optional<ProviderCode> code() {
        String digits = SurvivorText.normalise(codeText, MAX_CODE_TEXT).replaceAll("[\\s-]", "");
        return ProviderCode.parse(digits);
    }

    /** The error of the code field as a message key; empty when the code is well formed. */
    public Optional<String> codeError() {
        if (SurvivorText.normalise(codeText, MAX_CODE_TEXT).isEmpty()) {
            return Optional.of("web.error.code-required");
        }
        return code().isPresent() ? Optional.empty() : Optional.of("web.error.code-not-recognised");
    }

    /**
     * The encounter number a field worker typed (Indian-script digits allowed); empty when none was
     * typed or it is not a number.
     */
    public Optional<Long> encounter() {
        String digits = encounterDigits();
        if (digits.isEmpty()
                || digits.length() > 18
                || !digits.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        long id = Long.parseLong(digits);
        return id > 0 ? Optional.of(id) : Optional.empty();
    }

    /** The error of the optional encounter field as a message key; empty when blank or valid. */
    public Optional<String> encounterError() {
        if (encounterDigits().isEmpty() || encounter().isPresent()) {
            return Optional.empty();
        }
        return Optional.of("web.error.encounter-not-found");
    }

    private String encounterDigits() {
        return SurvivorText.normalise(encounterText, MAX_ENCOUNTER_TEXT).replaceAll("[\\s-]", "");
    }

    /** The errors of the question fields, field name to message key; empty when none. */
    public Map<String, String> answerErrors() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (answers.overall() == null) {
            errors.put("overall", "web.error.answer-required");
        }
        if (comment != null && comment.length() > MAX_COMMENT) {
            errors.put("comment", "web.error.comment-too-long");
        }
        return errors;
    }

    /** The answer given to a question field, or null. */
    public Integer answer(String question) {
        return switch (question) {
            case "overall" -> answers.overall();
            case "dignity" -> answers.dignity();
            case "listened" -> answers.listened();
            case "timeliness" -> answers.timeliness();
            case "outcome" -> answers.outcome();
            default -> throw new IllegalArgumentException("no question " + question);
        };
    }

    private static String first(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static Optional<Step> step(String text) {
        if ("code".equals(text)) {
            return Optional.of(Step.CODE);
        }
        return "answers".equals(text) ? Optional.of(Step.ANSWERS) : Optional.empty();
    }

    /** Empty when tampered; an empty inner value when not answered. */
    private static Optional<Optional<Integer>> score(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.of(Optional.empty());
        }
        if (text.length() == 1 && text.charAt(0) >= '1' && text.charAt(0) <= '5') {
            return Optional.of(Optional.of(text.charAt(0) - '0'));
        }
        return Optional.empty();
    }

    private static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }

    @Override
    public String toString() {
        return "RatingForm[" + step + "]";
    }
}
