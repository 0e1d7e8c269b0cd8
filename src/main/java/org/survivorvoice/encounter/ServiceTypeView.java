package org.survivorvoice.encounter;

/**
 * A service type as the API shows it.
 *
 * @param code the stable code encounters name ({@code RATION_CARD})
 * @param name its English name
 * @param pillar the pillar the programmes report it under
 */
public record ServiceTypeView(String code, String name, Pillar pillar) {

    static ServiceTypeView of(ServiceType type) {
        return new ServiceTypeView(type.code, type.name, type.pillar);
    }
}
