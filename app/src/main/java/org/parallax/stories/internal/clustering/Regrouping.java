package org.parallax.stories.internal.clustering;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups a small neighbourhood of articles (an arrival and the recent members of the stories it
 * resembles) afresh, agglomeratively: the two closest groups merge while their link reaches the
 * threshold. Two groups link by their least similar pair (complete link), so a group never holds
 * two articles that are not alike, however many articles lie between them. Average link (the
 * mean of all pairs) scored lower on ECB+.
 */
final class Regrouping {

    private Regrouping() {
    }

    static List<List<Member>> group(List<Member> members, double threshold, double entityShare, double nameShare) {
        int n = members.size();
        double[][] link = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double s = similarity(members.get(i), members.get(j), entityShare, nameShare);
                link[i][j] = s;
                link[j][i] = s;
            }
        }
        List<List<Member>> groups = new ArrayList<>(n);
        boolean[] active = new boolean[n];
        for (int i = 0; i < n; i++) {
            groups.add(new ArrayList<>(List.of(members.get(i))));
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
        List<List<Member>> result = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (active[i]) {
                result.add(groups.get(i));
            }
        }
        return result;
    }

    /** The clusterer's blend for two articles; a part one of them lacks leaves its share to the text. */
    static double similarity(Member one, Member other, double entityShare, double nameShare) {
        double entities = 0, names = 0, eShare = 0, nShare = 0;
        if (!one.entities().isEmpty() && !other.entities().isEmpty()) {
            entities = one.entities().cosine(other.entities());
            eShare = entityShare;
        }
        if (nameShare > 0 && !one.names().isEmpty() && !other.names().isEmpty()) {
            names = one.names().cosine(other.names());
            nShare = nameShare;
        }
        return (1 - eShare - nShare) * one.terms().cosine(other.terms()) + eShare * entities + nShare * names;
    }
}
