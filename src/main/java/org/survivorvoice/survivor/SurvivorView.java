package org.survivorvoice.survivor;

/** A survivor as staff see her: never her phone or PIN. */
public record SurvivorView(
        Long id,
        String language,
        Long areaId,
        Long districtId,
        ConsentSettings consent,
        SafeHours safeHours,
        boolean hasIvrPin,
        SurvivorStatus status) {

    static SurvivorView of(Survivor s) {
        return new SurvivorView(
                s.id,
                s.language,
                s.area.id,
                s.district.id,
                ConsentSettings.of(s),
                new SafeHours(s.safeFrom, s.safeTo),
                s.ivrPinHash != null,
                s.status);
    }
}
