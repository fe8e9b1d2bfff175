package org.parallax.stories.internal.clustering;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * The clusterer's memory as bytes: the document frequencies and the active stories' profiles,
 * compressed, with every term written once in a table and referred to by its number. Its size is
 * bounded by the vocabulary and the number of active stories, never by the library's size.
 */
final class ClustererState {

    private static final int FORMAT = 4;

    private ClustererState() {
    }

    static byte[] write(Instant latest, long sinceSweep, long arrivals, DocumentFrequencies frequencies,
            Collection<StoryProfile> stories, StoryIndex index) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(bytes))) {
            out.writeInt(FORMAT);
            out.writeLong(latest == null ? Long.MIN_VALUE : latest.getEpochSecond());
            out.writeLong(sinceSweep);
            out.writeLong(arrivals);
            out.writeLong(frequencies.articles());
            Map<String, Integer> numbers = new LinkedHashMap<>();
            List<String> vocabulary = new ArrayList<>(frequencies.table().keySet());
            List<StoryProfile> sorted = new ArrayList<>(stories);
            sorted.sort(Comparator.comparingLong(StoryProfile::id));
            for (StoryProfile story : sorted) {
                collect(story.terms(), vocabulary);
                collect(story.entities(), vocabulary);
                collect(story.names(), vocabulary);
                for (Member member : story.members()) {
                    collect(member.digest().terms(), vocabulary);
                    collect(member.digest().entities(), vocabulary);
                    collect(member.digest().names(), vocabulary);
                }
                vocabulary.addAll(index.keysOf(story.id()));
            }
            for (String key : vocabulary) {
                numbers.putIfAbsent(key, numbers.size());
            }
            out.writeInt(numbers.size());
            for (String key : numbers.keySet()) {
                out.writeUTF(key);
                out.writeInt(frequencies.table().getOrDefault(key, 0));
            }
            out.writeInt(sorted.size());
            for (StoryProfile story : sorted) {
                out.writeLong(story.id());
                out.writeUTF(story.language());
                out.writeLong(story.first().getEpochSecond());
                out.writeInt(story.first().getNano());
                out.writeLong(story.last().getEpochSecond());
                out.writeInt(story.last().getNano());
                out.writeInt(story.articles());
                write(story.terms(), numbers, out);
                write(story.entities(), numbers, out);
                write(story.names(), numbers, out);
                out.writeInt(story.members().size());
                for (Member member : story.members()) {
                    out.writeUTF(member.articleId());
                    out.writeLong(member.arrival());
                    out.writeLong(member.at().getEpochSecond());
                    out.writeInt(member.at().getNano());
                    write(member.digest().terms(), numbers, out);
                    write(member.digest().entities(), numbers, out);
                    write(member.digest().names(), numbers, out);
                }
                List<String> indexed = index.keysOf(story.id());
                out.writeInt(indexed.size());
                for (String key : indexed) {
                    out.writeInt(numbers.get(key));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static void read(byte[] state, StoryClusterer clusterer) {
        try (DataInputStream in = new DataInputStream(new InflaterInputStream(new ByteArrayInputStream(state)))) {
            int format = in.readInt();
            if (format < 1 || format > FORMAT) {
                throw new IllegalArgumentException("unknown clustering state format " + format);
            }
            long latestSecond = in.readLong();
            Instant latest = latestSecond == Long.MIN_VALUE ? null : Instant.ofEpochSecond(latestSecond);
            long sinceSweep = in.readLong();
            long arrivals = format >= 3 ? in.readLong() : 0;
            long articles = in.readLong();
            int listed = in.readInt();
            List<String> keys = new ArrayList<>();
            Map<String, Integer> table = new HashMap<>();
            for (int i = 0; i < listed; i++) {
                String key = in.readUTF();
                int df = in.readInt();
                keys.add(key);
                if (df > 0) {
                    table.put(key, df);
                }
            }
            int count = in.readInt();
            List<StoryProfile> profiles = new ArrayList<>(count);
            Map<Long, List<String>> indexed = new HashMap<>();
            for (int i = 0; i < count; i++) {
                long id = in.readLong();
                String language = in.readUTF();
                Instant first = Instant.ofEpochSecond(in.readLong(), in.readInt());
                Instant last = Instant.ofEpochSecond(in.readLong(), in.readInt());
                int size = in.readInt();
                Weights terms = read(in, keys);
                Weights entities = read(in, keys);
                // format 1 kept no names: its stories start gathering them from the next article on
                Weights names = format == 1 ? Weights.NONE : read(in, keys);
                StoryProfile profile = new StoryProfile(id, language, first, last, size, terms, entities, names);
                // format 4 keeps a story's recent articles one by one; older states regroup from the next articles on
                int kept = format >= 4 ? in.readInt() : 0;
                List<Member> members = new ArrayList<>(kept);
                for (int m = 0; m < kept; m++) {
                    String articleId = in.readUTF();
                    long arrival = in.readLong();
                    Instant at = Instant.ofEpochSecond(in.readLong(), in.readInt());
                    members.add(Member.restored(articleId, arrival, at,
                            new ArticleDigest(read(in, keys), read(in, keys), read(in, keys))));
                }
                profile.keep(members, kept);
                profiles.add(profile);
                // formats 3 and on keep the keys each story was filed under; older ones are filed again
                if (format >= 3) {
                    int keyCount = in.readInt();
                    List<String> filedUnder = new ArrayList<>(keyCount);
                    for (int k = 0; k < keyCount; k++) {
                        filedUnder.add(keys.get(in.readInt()));
                    }
                    indexed.put(id, filedUnder);
                }
            }
            clusterer.restored(latest, sinceSweep, arrivals, articles, table, profiles, indexed);
        } catch (IOException e) {
            throw new IllegalArgumentException("clustering state cannot be read", e);
        }
    }

    private static void collect(Weights weights, List<String> vocabulary) {
        for (int i = 0; i < weights.size(); i++) {
            vocabulary.add(weights.key(i));
        }
    }

    private static void write(Weights weights, Map<String, Integer> numbers, DataOutputStream out)
            throws IOException {
        out.writeInt(weights.size());
        for (int i = 0; i < weights.size(); i++) {
            out.writeInt(numbers.get(weights.key(i)));
            out.writeDouble(weights.value(i));
        }
    }

    private static Weights read(DataInputStream in, List<String> keys) throws IOException {
        int size = in.readInt();
        String[] names = new String[size];
        double[] values = new double[size];
        for (int i = 0; i < size; i++) {
            names[i] = keys.get(in.readInt());
            values[i] = in.readDouble();
        }
        return new Weights(names, values);
    }
}
