package org.parallax.stories.internal.clustering;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups a small neighbourhood of articles (an arrival and the recent members of the stories it
 * resembles) afresh, agglomeratively: the two closest groups merge while their link reaches the
 * threshold. Two groups link by their least similar pair (complete link), so a group never holds
 * two articles that are not alike, however many articles lie between them. Average link (the
 * mean of all pairs) scored lower on ECB+.
 * <p>
 * Within the neighbourhood a term counts more the fewer of its articles share it: two reports of
 * one boxer's two fights share his name, the sport and the title in every article, and are told
 * apart by the opponents and the venues, which only the articles of one fight name. The library's
 * document frequencies cannot see this, as every term of the neighbourhood is rare library-wide.
 * <p>
 * Complete link is strict with short articles (a one-sentence report shares few words with any
 * single other), so it leaves strays: a group of at most {@code strayGroup} articles then joins the
 * larger group it resembles most on average over all pairs, when that average reaches the threshold.
 */
final class Regrouping {

    private Regrouping() {
    }

    static List<List<Member>> group(List<Member> members, ClusteringSettings settings) {
        int n = members.size();
        List<Member.Vector[]> vectors = localWeights(members, settings.localEmphasis());
        double[][] pairs = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double s = similarity(vectors.get(i), vectors.get(j), settings.entityShare(), settings.nameShare());
                pairs[i][j] = s;
                pairs[j][i] = s;
            }
        }
        double[][] link = new double[n][];
        for (int i = 0; i < n; i++) {
            link[i] = pairs[i].clone();
        }
        List<List<Integer>> groups = completeLink(link, settings.regroupAt());
        placeStrays(groups, pairs, settings.strayGroup(), settings.regroupAt());
        List<List<Member>> result = new ArrayList<>(groups.size());
        for (List<Integer> group : groups) {
            result.add(group.stream().map(members::get).toList());
        }
        return result;
    }

    /** Merges the closest two groups (by their least similar pair) while that link reaches the threshold. */
    private static List<List<Integer>> completeLink(double[][] link, double threshold) {
        int n = link.length;
        List<List<Integer>> groups = new ArrayList<>(n);
        boolean[] active = new boolean[n];
        for (int i = 0; i < n; i++) {
            groups.add(new ArrayList<>(List.of(i)));
            active[i] = true;
        }
        while (true) {
            int a = -1, b = -1;
            double best = threshold;
            for (int i = 0; i < n; i++) {
                if (!active[i]) {
                    continue;
                }
                for (int j = i + 1; j < n; j++) {
                    if (active[j] && link[i][j] >= best) {
                        if (a < 0 || link[i][j] > best) {
                            a = i;
                            b = j;
                            best = link[i][j];
                        }
                    }
                }
            }
            if (a < 0) {
                break;
            }
            for (int k = 0; k < n; k++) {
                if (active[k] && k != a && k != b) {
                    double merged = Math.min(link[a][k], link[b][k]);
                    link[a][k] = merged;
                    link[k][a] = merged;
                }
            }
            groups.get(a).addAll(groups.get(b));
            active[b] = false;
        }
        List<List<Integer>> result = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (active[i]) {
                result.add(groups.get(i));
            }
        }
        return result;
    }

    /** Each group of at most {@code strayGroup} articles joins the larger group it resembles most on average, from the threshold up. */
    private static void placeStrays(List<List<Integer>> groups, double[][] pairs, int strayGroup, double threshold) {
        for (int i = 0; i < groups.size(); i++) {
            List<Integer> stray = groups.get(i);
            if (stray.size() > strayGroup) {
                continue;
            }
            List<Integer> home = null;
            double best = threshold;
            for (List<Integer> group : groups) {
                if (group.size() > strayGroup) {
                    double average = averageLink(stray, group, pairs);
                    if (average >= best) {
                        best = average;
                        home = group;
                    }
                }
            }
            if (home != null) {
                home.addAll(stray);
                groups.remove(i--);
            }
        }
    }

    private static double averageLink(List<Integer> one, List<Integer> other, double[][] pairs) {
        double sum = 0;
        for (int i : one) {
            for (int j : other) {
                sum += pairs[i][j];
            }
        }
        return sum / (one.size() * other.size());
    }

    /**
     * Each member's terms, entities and names with every key weighed up by 1 + emphasis * ln(n / d),
     * where d of the n members hold it: a key all of them share keeps its weight.
     */
    static List<Member.Vector[]> localWeights(List<Member> members, double emphasis) {
        Map<Long, Integer> holders = new HashMap<>();
        for (Member member : members) {
            for (Member.Vector vector : parts(member)) {
                for (long key : vector.keys()) {
                    holders.merge(key, 1, Integer::sum);
                }
            }
        }
        int n = members.size();
        List<Member.Vector[]> weighed = new ArrayList<>(n);
        for (Member member : members) {
            Member.Vector[] parts = parts(member);
            for (int p = 0; p < parts.length; p++) {
                parts[p] = parts[p].scaled(key -> 1 + emphasis * Math.log((double) n / holders.get(key)));
            }
            weighed.add(parts);
        }
        return weighed;
    }

    private static Member.Vector[] parts(Member member) {
        return new Member.Vector[] {member.terms(), member.entities(), member.names()};
    }

    /** The clusterer's blend for two articles (terms, entities, names); a part one of them lacks leaves its share to the text. */
    static double similarity(Member.Vector[] one, Member.Vector[] other, double entityShare, double nameShare) {
        double entities = 0, names = 0, eShare = 0, nShare = 0;
        if (!one[1].isEmpty() && !other[1].isEmpty()) {
            entities = one[1].cosine(other[1]);
            eShare = entityShare;
        }
        if (nameShare > 0 && !one[2].isEmpty() && !other[2].isEmpty()) {
            names = one[2].cosine(other[2]);
            nShare = nameShare;
        }
        return (1 - eShare - nShare) * one[0].cosine(other[0]) + eShare * entities + nShare * names;
    }
}
