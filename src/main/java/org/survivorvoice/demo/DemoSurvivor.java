package org.survivorvoice.demo;

import java.time.Instant;
import java.time.LocalTime;

/**
 * A survivor of the demo programme. Her mobile number is fake but well formed; the writer stores it
 * only through the phone vault, and {@link #toString()} never prints it.
 *
 * @param index position in the survivor list
 * @param mobile ten-digit Indian mobile number (6-9 first), without country code
 * @param language preferred language code
 * @param areaIndex position of the area she lives in
 * @param districtIndex position of her district
 * @param consentSms may be invited by SMS
 * @param consentIvr may be called by the IVR
 * @param consentWebLink may receive web links
 * @param consentReporting her ratings may be used in reports
 * @param safeFrom start of her safe-contact hours
 * @param safeTo end of her safe-contact hours
 * @param ivrPin position in {@link DemoProgramme#IVR_PINS} of her PIN, or -1 for none
 * @param exited whether she has left the programme
 * @param enrolledAt when she was enrolled
 * @param consentChangedAt when her consent was last set
 */
public record DemoSurvivor(
        int index,
        String mobile,
        String language,
        int areaIndex,
        int districtIndex,
        boolean consentSms,
        boolean consentIvr,
        boolean consentWebLink,
        boolean consentReporting,
        LocalTime safeFrom,
        LocalTime safeTo,
        int ivrPin,
        boolean exited,
        Instant enrolledAt,
        Instant consentChangedAt) {

    @Override
    public String toString() {
        return "DemoSurvivor[" + index + ", " + language + ", district " + districtIndex + "]";
    }
}
