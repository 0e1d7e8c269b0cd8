package org.survivorvoice.encounter;

/**
 * The four pillars of the anti-trafficking intervention model the programmes report by. A property
 * of a service type (seeded by migration V26, admin-editable) and of a training event.
 */
public enum Pillar {
    /** Keeping her and her children from being trafficked again: schooling, skills, schemes. */
    PREVENT,
    /** Immediate care and safety after rescue: medical care, counselling. */
    PROTECT,
    /**
     * Rebuilding a life: identity papers, ration card, bank account, pension, house, compensation.
     */
    REHABILITATE,
    /** Bringing the traffickers to court: FIR, investigation, legal aid. */
    PROSECUTE
}
