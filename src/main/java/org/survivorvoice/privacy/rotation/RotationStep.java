package org.survivorvoice.privacy.rotation;

/**
 * The tables a rotation rewrites, in order. Rows that hold a number (as ciphertext) come first:
 * they pair each number's previous index with its current one, which the index-only rows after them
 * are moved by.
 */
public enum RotationStep {
    /** survivor: phone ciphertext and blind index. */
    SURVIVOR_PHONES,
    /** safety_case: the phone of a case with no enrolled survivor, and the sealed opening text. */
    SAFETY_CASES,
    /** safety_case_note: sealed bodies. */
    SAFETY_CASE_NOTES,
    /**
     * do_not_contact: ciphertext and index; an entry without a number gets one (and the new index)
     * through the pairs, an entry no pair knows stays under the previous index and is counted.
     */
    OPT_OUTS,
    /** sms_phone_language: index only, unique (a number known under both keys keeps the newer). */
    PHONE_LANGUAGES,
    /** sms_conversation: index only. */
    CONVERSATIONS,
    /** ivr_call: index only. */
    CALLS,
    /** inbound_message: index, and the sealed body of a message still waiting. */
    INBOUND_MESSAGES,
    /** rating.rater_key of a phone rater ({@code P:} and the index in hex). */
    RATER_KEYS;

    /** The step after this one, or null after the last. */
    RotationStep next() {
        RotationStep[] all = values();
        return ordinal() + 1 < all.length ? all[ordinal() + 1] : null;
    }
}
