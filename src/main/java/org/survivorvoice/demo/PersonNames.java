package org.survivorvoice.demo;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Common given names and surnames of the two states, for the health workers, social workers and
 * lawyers of the demo. ASHA workers and auxiliary nurse midwives are women, so they get women's
 * names; others get either.
 */
final class PersonNames {

    private static final List<String> BENGALI_WOMEN =
            List.of(
                    "Mitali", "Shampa", "Rina", "Sabina", "Rupali", "Anjali", "Jharna", "Moumita",
                    "Nasima", "Parveen", "Sikha", "Tumpa", "Kakali", "Bithika", "Sulekha", "Ruma");
    private static final List<String> BENGALI_MEN =
            List.of(
                    "Subrata",
                    "Tapas",
                    "Abdul",
                    "Rafiqul",
                    "Sujit",
                    "Debashis",
                    "Anirban",
                    "Mithun",
                    "Sahidul",
                    "Prasenjit");
    private static final List<String> BENGALI_SURNAMES =
            List.of(
                    "Mondal",
                    "Das",
                    "Biswas",
                    "Sardar",
                    "Ghosh",
                    "Bairagi",
                    "Naskar",
                    "Halder",
                    "Gayen",
                    "Mistri",
                    "Sheikh",
                    "Roy",
                    "Pramanik",
                    "Sarkar",
                    "Molla",
                    "Paik");
    private static final List<String> TELUGU_WOMEN =
            List.of(
                    "Lakshmi",
                    "Padma",
                    "Swarupa",
                    "Kavitha",
                    "Rani",
                    "Sunitha",
                    "Durga",
                    "Mangamma",
                    "Nagamani",
                    "Vijaya",
                    "Sujatha",
                    "Aruna",
                    "Jyothi",
                    "Bhavani");
    private static final List<String> TELUGU_MEN =
            List.of(
                    "Srinivas",
                    "Ravi",
                    "Venkatesh",
                    "Suresh",
                    "Ramesh",
                    "Prasad",
                    "Kiran",
                    "Naresh",
                    "Sai Kumar",
                    "Anil");
    private static final List<String> TELUGU_SURNAMES =
            List.of(
                    "Reddy",
                    "Naidu",
                    "Rao",
                    "Chowdary",
                    "Yadav",
                    "Goud",
                    "Murthy",
                    "Varma",
                    "Raju",
                    "Setti",
                    "Gowda",
                    "Babu");

    private PersonNames() {}

    /** A woman's name typical of the state whose language is given. */
    static String woman(String stateLanguage, SplittableRandom random) {
        return "te".equals(stateLanguage)
                ? pick(TELUGU_WOMEN, random) + " " + pick(TELUGU_SURNAMES, random)
                : pick(BENGALI_WOMEN, random) + " " + pick(BENGALI_SURNAMES, random);
    }

    /** A woman's or man's name typical of the state whose language is given. */
    static String anyone(String stateLanguage, SplittableRandom random) {
        if (random.nextInt(3) > 0) {
            return woman(stateLanguage, random);
        }
        return "te".equals(stateLanguage)
                ? pick(TELUGU_MEN, random) + " " + pick(TELUGU_SURNAMES, random)
                : pick(BENGALI_MEN, random) + " " + pick(BENGALI_SURNAMES, random);
    }

    private static String pick(List<String> names, SplittableRandom random) {
        return names.get(random.nextInt(names.size()));
    }
}
