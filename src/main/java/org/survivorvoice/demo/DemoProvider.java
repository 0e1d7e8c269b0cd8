package org.survivorvoice.demo;

/**
 * A provider of the demo programme.
 *
 * @param index position in the provider list
 * @param code six-digit provider code with its Verhoeff check digit
 * @param name the name survivors know it by
 * @param category code of its provider category
 * @param areaIndex position of its area
 * @param districtIndex position of its district
 * @param languages comma-separated language codes it works in
 * @param tier how its quality relates to its category
 * @param satisfaction latent share of satisfied ratings (overall 4 or 5)
 */
public record DemoProvider(
        int index,
        String code,
        String name,
        String category,
        int areaIndex,
        int districtIndex,
        String languages,
        QualityTier tier,
        double satisfaction) {}
