package org.parallax.stories.internal.coverage;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Verbs that news headlines use, with the forms a headline puts them in: base ("warn"), third
 * person ("warns") and past participle ("warned", "held"). Some are as often nouns ("talks",
 * "plans"); {@link #isNounToo} says which.
 */
final class VerbLexicon {

    private static final String VERBS = """
            accept accuse acknowledge act add admit adopt agree aim allow announce appeal appoint approve \
            argue arrest arrive ask assure attack attend avert avoid back ban bar battle beat become begin \
            benefit bid blame block blast boost break bring build call cancel caution celebrate challenge \
            change charge cheer choose claim clash close collapse come commit condemn confirm confront \
            consider continue court criticise criticize cross cut dash debate decide declare decline defend \
            defy delay deliver demand deny deploy deride detain dismiss dispute ditch double drop drive \
            dump ease edge eliminate embrace emerge end endorse enter escalate evacuate expand expect expel \
            face fail fall fear fight file find fire flag flee float force freeze gain get give go grab \
            grant grow hail halt hand head hear heat help highlight hike hint hit hold host hurt ignore \
            impose improve insist intensify investigate invite issue join keep kill lament land launch lead \
            leave lift limit link lose make mark meet miss mock mourn move mull name need offer open order \
            oust overturn pass pause pay plan pledge plunge praise press probe promise propose protest \
            prove pull push quit raise rally reach react rebuff rebuke receive reject release remain remove \
            renew reopen report request resign resist resume return reveal revive rise rock rule rush \
            sack say scrap see seek seize sell send set shake shift shoot show shun shut sign signal slam \
            slash slip slump snub soar spark spell split stall stand start step stop strike struggle \
            submit suffer suggest support surge suspend sway take talk target tell tighten top topple \
            tout trade trigger triple try turn unveil urge vote vow walk want warn weigh welcome win withdraw \
            woo worry yield visit share recall threaten divert drain insist matter hear""";

    /** Verbs that headlines as often use as nouns: "talks", "plans", "calls", "cuts", "strikes". */
    private static final Set<String> NOUNS_TOO = Set.of(
            "talk", "talks", "plan", "plans", "call", "calls", "cut", "cuts", "deal", "deals", "strike",
            "strikes", "vote", "votes", "ban", "bans", "bid", "bids", "hit", "hits", "move", "moves", "push",
            "rise", "rises", "fall", "falls", "return", "returns", "fear", "fears", "claim", "claims", "rule",
            "rules", "attack", "attacks", "demand", "demands", "pledge", "pledges", "protest", "protests",
            "report", "reports", "face", "head", "fire", "fires", "order", "orders", "probe", "probes", "rally",
            "set", "split", "step", "steps", "surge", "trade", "issue", "issues", "offer", "offers", "change",
            "changes", "show", "shows", "start", "end", "ends", "need", "needs", "mark", "name", "land", "lead",
            "back", "help", "freeze", "pause", "delay", "delays", "release", "battle", "battles", "appeal",
            "appeals", "debate", "challenge", "challenges", "request", "gain", "gains", "hike", "hikes", "drop",
            "slump", "shift", "shifts", "stand", "turn", "walk", "promise", "promises", "dispute", "disputes",
            "signal", "signals", "target", "targets", "worry", "worries", "boost", "charge", "charges", "file",
            "files", "limit", "limits", "link", "links", "miss", "pass", "press", "top", "bar", "court");

    private static final Map<String, String> IRREGULAR_PARTICIPLES = Map.ofEntries(
            Map.entry("held", "hold"), Map.entry("shot", "shoot"), Map.entry("found", "find"),
            Map.entry("sent", "send"), Map.entry("taken", "take"), Map.entry("given", "give"),
            Map.entry("sold", "sell"), Map.entry("struck", "strike"), Map.entry("won", "win"),
            Map.entry("lost", "lose"), Map.entry("told", "tell"), Map.entry("kept", "keep"),
            Map.entry("led", "lead"), Map.entry("beaten", "beat"), Map.entry("shown", "show"),
            Map.entry("seen", "see"), Map.entry("brought", "bring"), Map.entry("built", "build"),
            Map.entry("chosen", "choose"), Map.entry("frozen", "freeze"), Map.entry("withdrawn", "withdraw"),
            Map.entry("shaken", "shake"), Map.entry("driven", "drive"), Map.entry("fallen", "fall"),
            Map.entry("left", "leave"), Map.entry("broken", "break"));

    private final Set<String> base = new HashSet<>();
    private final Map<String, String> thirdPerson = new HashMap<>();
    private final Map<String, String> participles = new HashMap<>(IRREGULAR_PARTICIPLES);

    VerbLexicon() {
        for (String verb : VERBS.split("\\s+")) {
            base.add(verb);
            thirdPerson.put(thirdPerson(verb), verb);
            for (String p : participles(verb)) {
                participles.put(p, verb);
            }
        }
    }

    boolean isBase(String word) {
        return base.contains(word);
    }

    boolean isThirdPerson(String word) {
        return thirdPerson.containsKey(word);
    }

    boolean isParticiple(String word) {
        return participles.containsKey(word);
    }

    boolean isNounToo(String word) {
        return NOUNS_TOO.contains(word);
    }

    private static String thirdPerson(String verb) {
        if (verb.matches(".*(s|x|z|ch|sh|o)")) {
            return verb + "es";
        }
        if (verb.matches(".*[^aeiou]y")) {
            return verb.substring(0, verb.length() - 1) + "ies";
        }
        return verb + "s";
    }

    private static Set<String> participles(String verb) {
        if (verb.endsWith("e")) {
            return Set.of(verb + "d");
        }
        if (verb.matches(".*[^aeiou]y")) {
            return Set.of(verb.substring(0, verb.length() - 1) + "ied");
        }
        if (verb.matches("[^aeiou]*[aeiou][bdglmnprt]")) {
            // One short syllable doubles its last letter: snub, snubbed; ban, banned.
            return Set.of(verb + verb.charAt(verb.length() - 1) + "ed", verb + "ed");
        }
        return Set.of(verb + "ed");
    }
}
