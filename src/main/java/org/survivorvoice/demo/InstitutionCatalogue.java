package org.survivorvoice.demo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every institution of the gazetteer that survivors deal with: police stations and the district's
 * anti-human-trafficking unit, gram panchayats, block offices, hospitals, the district legal
 * services authority and the child welfare committee. The demo picks its providers among them;
 * people (health workers, social workers, lawyers) are made up separately.
 */
final class InstitutionCatalogue {

    /** An institution that may become a demo provider. */
    record Institution(
            ProviderCategoryCode category,
            String name,
            int areaIndex,
            AreaTree.DistrictPlaces at) {}

    private InstitutionCatalogue() {}

    /** All institutions of the tree, district by district, in a fixed order. */
    static List<Institution> of(AreaTree tree) {
        List<Institution> all = new ArrayList<>();
        for (AreaTree.DistrictPlaces d : tree.districts()) {
            boolean andhra = "te".equals(d.state().language());
            String district = d.district().name();
            String hq = d.district().headquarters();
            int here = d.areaIndex();

            add(
                    all,
                    ProviderCategoryCode.POLICE,
                    "Anti-Human Trafficking Unit, " + district,
                    here,
                    d);
            add(
                    all,
                    ProviderCategoryCode.POLICE,
                    andhra ? "Disha Police Station, " + hq : hq + " Women Police Station",
                    here,
                    d);
            add(all, ProviderCategoryCode.LEGAL_AID, "DLSA " + district, here, d);
            add(all, ProviderCategoryCode.CHILD_WELFARE_COMMITTEE, "CWC " + district, here, d);
            for (String hospital : d.district().hospitals()) {
                add(all, ProviderCategoryCode.HOSPITAL, hospital, here, d);
            }
            Set<String> towns = new LinkedHashSet<>();
            for (AreaTree.BlockPlaces b : d.blocks()) {
                String town = b.block().town();
                int block = b.areaIndex();
                add(
                        all,
                        ProviderCategoryCode.BLOCK_OFFICE,
                        andhra
                                ? "Mandal Parishad Development Office, " + b.block().name()
                                : b.block().name() + " Block Development Office",
                        block,
                        d);
                // two blocks may share a town (Basirhat I and the town of Basirhat): one station
                if (towns.add(town)) {
                    add(all, ProviderCategoryCode.POLICE, town + " Police Station", block, d);
                    add(
                            all,
                            ProviderCategoryCode.HOSPITAL,
                            andhra ? "Community Health Centre, " + town : town + " Rural Hospital",
                            block,
                            d);
                }
                for (int g = 0; g < b.gramPanchayatIndexes().length; g++) {
                    add(
                            all,
                            ProviderCategoryCode.PANCHAYAT,
                            b.block().gramPanchayats().get(g) + " Gram Panchayat",
                            b.gramPanchayatIndexes()[g],
                            d);
                }
            }
        }
        return List.copyOf(all);
    }

    private static void add(
            List<Institution> all,
            ProviderCategoryCode category,
            String name,
            int areaIndex,
            AreaTree.DistrictPlaces at) {
        all.add(new Institution(category, name, areaIndex, at));
    }
}
