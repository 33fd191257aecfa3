package nl.opstap.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Gives every demo client of a seed 003 municipality a situation and a perspective so that Tabel I,
 * Tabel II and the youth figures come out exactly, with plausible combinations (someone in "Direct
 * werk" has perspective Werk, "Onderzoek zorg" leans to Zorg). Then spreads the seed's sector mentions
 * over the clients with work capacity, at most three each.
 */
final class SeedAllocation {

    /** Target of one client on the reference date. */
    record Target(String situation, String perspective) {

        boolean hasWorkCapacity() {
            return WORK_CAPACITY.contains(perspective);
        }
    }

    static final Set<String> WORK_CAPACITY = Set.of("PARTTIME_WERK", "WERK");

    /** Situations in the order they pick, each with the perspectives it prefers. The last takes what is left. */
    private static final Map<String, List<String>> PREFERENCES = new LinkedHashMap<>();

    static {
        PREFERENCES.put("PARTTIME_WERK", List.of("PARTTIME_WERK", "WERK", "PARTICIPATIE", "NOG_NIET_BEKEND", "ZORG"));
        PREFERENCES.put("DIRECT_WERK", List.of("WERK", "PARTTIME_WERK", "PARTICIPATIE", "NOG_NIET_BEKEND", "ZORG"));
        PREFERENCES.put("WERKEN_ERVAREN", List.of("WERK", "PARTTIME_WERK", "PARTICIPATIE", "NOG_NIET_BEKEND", "ZORG"));
        PREFERENCES.put("ONDERZOEK_ZORG", List.of("ZORG", "PARTICIPATIE", "NOG_NIET_BEKEND", "PARTTIME_WERK", "WERK"));
        PREFERENCES.put("TALENT_IN_KAART", List.of("NOG_NIET_BEKEND", "WERK", "PARTICIPATIE", "PARTTIME_WERK", "ZORG"));
        PREFERENCES.put("LEREN_ONTWIKKELEN", List.of("WERK", "PARTICIPATIE", "PARTTIME_WERK", "ZORG", "NOG_NIET_BEKEND"));
    }

    private SeedAllocation() {}

    /** The (situation, perspective) pairs whose margins are exactly the seed's Tabel I and Tabel II. */
    static List<Target> pairs(Seed003 seed) {
        Map<String, Integer> left = new HashMap<>(seed.perspectives());
        List<Target> pairs = new ArrayList<>();
        PREFERENCES.forEach((situation, preferred) -> {
            int need = seed.situations().get(situation);
            for (String perspective : preferred) {
                int take = Math.min(need, left.get(perspective));
                for (int i = 0; i < take; i++) {
                    pairs.add(new Target(situation, perspective));
                }
                left.merge(perspective, -take, Integer::sum);
                need -= take;
            }
            if (need != 0) {
                throw new IllegalStateException("seed tables do not add up for " + situation);
            }
        });
        return pairs;
    }

    /** Assigns the pairs to clients: the young get exactly the seed's number with work capacity. */
    static <K> Map<K, Target> assign(Seed003 seed, List<K> young, List<K> others, Random random) {
        if (young.size() != seed.young() || young.size() + others.size() != seed.total()) {
            throw new IllegalStateException("demo clients of " + seed.municipality() + " do not match seed 003");
        }
        List<Target> pairs = new ArrayList<>(pairs(seed));
        Collections.shuffle(pairs, random);
        List<Target> capable = new ArrayList<>(pairs.stream().filter(Target::hasWorkCapacity).toList());
        List<Target> notCapable = new ArrayList<>(pairs.stream().filter(t -> !t.hasWorkCapacity()).toList());
        Map<K, Target> targets = new LinkedHashMap<>();
        for (int i = 0; i < young.size(); i++) {
            targets.put(young.get(i), i < seed.youngWithWorkCapacity() ? capable.removeLast() : notCapable.removeLast());
        }
        List<Target> rest = new ArrayList<>(capable);
        rest.addAll(notCapable);
        Collections.shuffle(rest, random);
        for (int i = 0; i < others.size(); i++) {
            targets.put(others.get(i), rest.get(i));
        }
        return targets;
    }

    /** Spreads the sector mentions over the clients: every sector to distinct clients, at most three per client. */
    static <K> Map<K, List<String>> sectors(Map<String, Integer> mentions, List<K> clients, Random random) {
        List<K> order = new ArrayList<>(clients);
        Collections.shuffle(order, random);
        Map<K, List<String>> chosen = new LinkedHashMap<>();
        order.forEach(c -> chosen.put(c, new ArrayList<>()));
        int next = 0;
        for (Map.Entry<String, Integer> sector : mentions.entrySet()) {
            for (int given = 0; given < sector.getValue(); ) {
                List<String> mine = chosen.get(order.get(next % order.size()));
                next++;
                if (mine.size() < 3 && !mine.contains(sector.getKey())) {
                    mine.add(sector.getKey());
                    given++;
                }
            }
        }
        chosen.values().removeIf(List::isEmpty);
        return chosen;
    }
}
