package org.survivorvoice.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.survivorvoice.provider.ProviderCode;

/**
 * Picks the demo providers: institutions from the gazetteer up to what it holds, people (health
 * workers, social workers, lawyers) for the rest, each with a unique Verhoeff code, its languages,
 * a quality tier and a latent satisfaction rate around its category's.
 */
final class ProviderRoster {

    /** Share of providers per category in a district programme's provider list. */
    private static final Map<ProviderCategoryCode, Double> SHARE =
            new EnumMap<>(
                    Map.of(
                            ProviderCategoryCode.POLICE, 0.15,
                            ProviderCategoryCode.PANCHAYAT, 0.22,
                            ProviderCategoryCode.BLOCK_OFFICE, 0.10,
                            ProviderCategoryCode.HOSPITAL, 0.11,
                            ProviderCategoryCode.HEALTH_WORKER, 0.18,
                            ProviderCategoryCode.SOCIAL_WORKER, 0.12,
                            ProviderCategoryCode.LEGAL_AID, 0.08,
                            ProviderCategoryCode.CHILD_WELFARE_COMMITTEE, 0.04));

    /** Shares of providers clearly worse, clearly better, and deteriorating. */
    private static final double WORSE = 0.05;

    private static final double BETTER = 0.05;
    private static final double DETERIORATING = 0.02;

    /**
     * Shares of providers far better (exemplary) and far worse (failing) than their peers: a
     * handful in the demo, as many as a programme names in a quarter.
     */
    private static final double EXEMPLARY = 0.01;

    private static final double FAILING = 0.01;

    /**
     * Highest category satisfaction an exemplary provider may stand out from: above it the ceiling
     * of satisfied shares leaves too little room for a significant difference. Police stations,
     * panchayats and block offices, where survivors meet the most indifference, are also where good
     * practice is worth naming.
     */
    private static final double EXEMPLARY_CATEGORY_MAX = 0.66;

    private record Draft(
            ProviderCategoryCode category,
            String name,
            int areaIndex,
            AreaTree.DistrictPlaces at,
            boolean person) {}

    private ProviderRoster() {}

    static List<DemoProvider> build(AreaTree tree, int count, SplittableRandom random) {
        Map<ProviderCategoryCode, Integer> targets = targets(count);
        List<Draft> drafts = new ArrayList<>();
        int shortfall = 0;
        List<InstitutionCatalogue.Institution> catalogue = InstitutionCatalogue.of(tree);
        for (ProviderCategoryCode category : ProviderCategoryCode.values()) {
            List<InstitutionCatalogue.Institution> pool =
                    catalogue.stream().filter(i -> i.category() == category).toList();
            int wanted = targets.get(category);
            List<Draft> picked = pickWeighted(pool, wanted, random);
            drafts.addAll(picked);
            if (!hasPeople(category)) {
                shortfall += wanted - picked.size();
            } else {
                for (int i = picked.size(); i < wanted; i++) {
                    drafts.add(person(category, tree, random));
                }
            }
        }
        // a large programme has more providers than the gazetteer has institutions: add people
        ProviderCategoryCode[] people = {
            ProviderCategoryCode.HEALTH_WORKER,
            ProviderCategoryCode.SOCIAL_WORKER,
            ProviderCategoryCode.LEGAL_AID
        };
        for (int i = 0; i < shortfall; i++) {
            drafts.add(person(people[i % people.length], tree, random));
        }
        drafts.sort(
                Comparator.comparingInt((Draft d) -> d.at().areaIndex())
                        .thenComparing(Draft::category)
                        .thenComparing(Draft::name));
        return finish(drafts, random);
    }

    private static Map<ProviderCategoryCode, Integer> targets(int count) {
        Map<ProviderCategoryCode, Integer> targets = new EnumMap<>(ProviderCategoryCode.class);
        int sum = 0;
        for (ProviderCategoryCode c : ProviderCategoryCode.values()) {
            int n = Math.max(1, (int) Math.round(count * SHARE.get(c)));
            targets.put(c, n);
            sum += n;
        }
        // rounding leaves the sum a few off: take an excess from the largest category, give a
        // shortfall to health workers (the gazetteer never runs out of them)
        while (sum != count) {
            ProviderCategoryCode largest = ProviderCategoryCode.PANCHAYAT;
            for (ProviderCategoryCode c : ProviderCategoryCode.values()) {
                if (targets.get(c) > targets.get(largest)) {
                    largest = c;
                }
            }
            int step = sum > count ? -1 : 1;
            targets.merge(
                    sum > count ? largest : ProviderCategoryCode.HEALTH_WORKER, step, Integer::sum);
            sum += step;
        }
        return targets;
    }

    /** Weighted sampling without replacement (Efraimidis-Spirakis keys), by district weight. */
    private static List<Draft> pickWeighted(
            List<InstitutionCatalogue.Institution> pool, int wanted, SplittableRandom random) {
        record Keyed(double key, InstitutionCatalogue.Institution institution) {}
        List<Keyed> keyed = new ArrayList<>(pool.size());
        for (InstitutionCatalogue.Institution i : pool) {
            double u = 1.0 - random.nextDouble();
            keyed.add(new Keyed(-Math.log(u) / i.at().district().weight(), i));
        }
        keyed.sort(Comparator.comparingDouble(Keyed::key));
        return keyed.stream()
                .limit(wanted)
                .map(Keyed::institution)
                .map(i -> new Draft(i.category(), i.name(), i.areaIndex(), i.at(), false))
                .toList();
    }

    /** Categories whose providers may be people, so the gazetteer never runs out of them. */
    private static boolean hasPeople(ProviderCategoryCode category) {
        return category == ProviderCategoryCode.HEALTH_WORKER
                || category == ProviderCategoryCode.SOCIAL_WORKER
                || category == ProviderCategoryCode.LEGAL_AID;
    }

    private static Draft person(
            ProviderCategoryCode category, AreaTree tree, SplittableRandom random) {
        AreaTree.DistrictPlaces d = tree.weightedDistrict(random);
        AreaTree.BlockPlaces b = d.anyBlock(random);
        String language = d.state().language();
        return switch (category) {
            case HEALTH_WORKER -> {
                int gp = random.nextInt(b.gramPanchayatIndexes().length);
                String role = random.nextInt(4) == 0 ? "ANM " : "ASHA worker ";
                yield new Draft(
                        category,
                        role
                                + PersonNames.woman(language, random)
                                + ", "
                                + b.block().gramPanchayats().get(gp),
                        b.gramPanchayatIndexes()[gp],
                        d,
                        true);
            }
            case SOCIAL_WORKER ->
                    random.nextInt(3) == 0
                            ? new Draft(
                                    category,
                                    "Case worker "
                                            + PersonNames.anyone(language, random)
                                            + ", One Stop Centre "
                                            + d.district().headquarters(),
                                    d.areaIndex(),
                                    d,
                                    true)
                            : new Draft(
                                    category,
                                    "Social worker "
                                            + PersonNames.anyone(language, random)
                                            + ", "
                                            + b.block().name(),
                                    b.areaIndex(),
                                    d,
                                    true);
            case LEGAL_AID ->
                    new Draft(
                            category,
                            "Panel lawyer Adv. "
                                    + PersonNames.anyone(language, random)
                                    + ", DLSA "
                                    + d.district().name(),
                            d.areaIndex(),
                            d,
                            true);
            default -> throw new IllegalArgumentException("not a category of people: " + category);
        };
    }

    private static List<DemoProvider> finish(List<Draft> drafts, SplittableRandom random) {
        int n = drafts.size();
        QualityTier[] tiers = new QualityTier[n];
        Arrays.fill(tiers, QualityTier.TYPICAL);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        shuffle(order, random);
        int worse = (int) Math.round(n * WORSE);
        int better = (int) Math.round(n * BETTER);
        int deteriorating = (int) Math.round(n * DETERIORATING);
        int k = 0;
        for (; k < worse + better + deteriorating && k < n; k++) {
            tiers[order.get(k)] =
                    k < worse
                            ? QualityTier.WORSE
                            : k < worse + better ? QualityTier.BETTER : QualityTier.DETERIORATING;
        }
        // the named candidates come after, from the rest of the same shuffled order
        int exemplary = (int) Math.round(n * EXEMPLARY);
        int failing = (int) Math.round(n * FAILING);
        for (; k < n && (exemplary > 0 || failing > 0); k++) {
            int i = order.get(k);
            if (exemplary > 0
                    && drafts.get(i).category().satisfaction() <= EXEMPLARY_CATEGORY_MAX) {
                tiers[i] = QualityTier.EXEMPLARY;
                exemplary--;
            } else if (failing > 0) {
                tiers[i] = QualityTier.FAILING;
                failing--;
            }
        }
        Set<String> codes = new HashSet<>();
        List<DemoProvider> providers = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Draft d = drafts.get(i);
            String code;
            do {
                code = ProviderCode.random(random).value();
            } while (!codes.add(code));
            providers.add(
                    new DemoProvider(
                            i,
                            code,
                            d.name(),
                            d.category().name(),
                            d.areaIndex(),
                            d.at().areaIndex(),
                            languages(d, random),
                            tiers[i],
                            satisfaction(d.category(), tiers[i], random)));
        }
        return List.copyOf(providers);
    }

    private static String languages(Draft d, SplittableRandom random) {
        boolean andhra = "te".equals(d.at().state().language());
        boolean lawyer = d.category() == ProviderCategoryCode.LEGAL_AID;
        if (d.person() && !lawyer) {
            int r = random.nextInt(4);
            return andhra ? (r == 0 ? "te,en" : "te") : (r == 0 ? "bn,hi" : "bn");
        }
        return andhra ? "te,en" : (random.nextInt(5) < 2 ? "bn,hi,en" : "bn,en");
    }

    private static double satisfaction(
            ProviderCategoryCode category, QualityTier tier, SplittableRandom random) {
        double mean = category.satisfaction();
        double p =
                switch (tier) {
                    case WORSE -> mean - 0.27 + random.nextGaussian() * 0.02;
                    case BETTER -> mean + 0.17 + random.nextGaussian() * 0.02;
                    // with many ratings zD tends to gap / tau, and tau reaches 0.1 in a category
                    // with clearly worse and better providers: gaps of 0.35 to 0.45 stay past the
                    // 99.8 % limit (3.09) even then
                    case FAILING -> mean - 0.45 + random.nextGaussian() * 0.01;
                    case EXEMPLARY -> Math.min(0.96, mean + 0.36 + random.nextGaussian() * 0.01);
                    case TYPICAL, DETERIORATING -> mean + random.nextGaussian() * 0.04;
                };
        return Math.max(0.12, Math.min(0.97, p));
    }

    private static void shuffle(List<Integer> list, SplittableRandom random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Integer t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }
}
