package org.survivorvoice.demo;

import java.util.List;

/**
 * The seeded provider categories, with the service types a survivor seeks from each and the share
 * of satisfied ratings a typical provider of the category gets. The shares are demo assumptions,
 * chosen so categories differ: police and block offices lowest, the health and social workers who
 * accompany survivors highest.
 */
enum ProviderCategoryCode {
    /** Police station or anti-human-trafficking unit. */
    POLICE(0.55, List.of("FIR", "INVESTIGATION")),
    /** Gram panchayat. */
    PANCHAYAT(
            0.66, List.of("RATION_CARD", "HOUSE_PATTA", "SCHEME_ENROLMENT", "PENSION", "AADHAAR")),
    /** Block development office (mandal parishad office in Andhra Pradesh). */
    BLOCK_OFFICE(
            0.60,
            List.of(
                    "RATION_CARD",
                    "PENSION",
                    "SCHEME_ENROLMENT",
                    "HOUSE_PATTA",
                    "AADHAAR",
                    "SKILLS_JOB")),
    /** Hospital. */
    HOSPITAL(0.70, List.of("MEDICAL_CARE", "MENTAL_HEALTH")),
    /** ASHA worker or auxiliary nurse midwife. */
    HEALTH_WORKER(0.80, List.of("MEDICAL_CARE", "MENTAL_HEALTH", "SCHEME_ENROLMENT")),
    /** Social worker or case worker. */
    SOCIAL_WORKER(
            0.82,
            List.of(
                    "MENTAL_HEALTH",
                    "BANK_ACCOUNT",
                    "CHILD_EDUCATION",
                    "SKILLS_JOB",
                    "SCHEME_ENROLMENT",
                    "AADHAAR")),
    /** Legal services authority or panel lawyer. */
    LEGAL_AID(0.68, List.of("LEGAL_AID", "VICTIM_COMPENSATION")),
    /** Child welfare committee of a district. */
    CHILD_WELFARE_COMMITTEE(0.72, List.of("CHILD_EDUCATION", "MENTAL_HEALTH"));

    private final double satisfaction;
    private final List<String> serviceTypes;

    ProviderCategoryCode(double satisfaction, List<String> serviceTypes) {
        this.satisfaction = satisfaction;
        this.serviceTypes = serviceTypes;
    }

    /** Share of ratings with overall 4 or 5 a typical provider of the category gets. */
    double satisfaction() {
        return satisfaction;
    }

    /** Codes of the seeded service types a survivor seeks from this category. */
    List<String> serviceTypes() {
        return serviceTypes;
    }
}
