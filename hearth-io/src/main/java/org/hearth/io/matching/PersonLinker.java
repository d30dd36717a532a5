package org.hearth.io.matching;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.hearth.engine.HearthException;
import org.hearth.io.matching.Link.Basis;
import org.hearth.io.matching.Link.Status;

/**
 * Links the people of several sources into persons (docs/data-in.md, "Person matching"):
 * <ol>
 * <li>reviewers' decisions first: an accepted pair is joined, a rejected pair kept apart;</li>
 * <li>then strong identifiers that pass their checks ({@link StrongIdentifiers});</li>
 * <li>then the Fellegi-Sunter match weight of the pairs the {@link BlockingRule blocking rules} give, with the
 * model trained on the same people ({@link MatchModel#train}): pairs from {@link LinkSettings#acceptFrom()} are
 * joined strongest first, pairs from {@link LinkSettings#reviewFrom()} are queued for review;</li>
 * <li>a join that would make one person of two who conflict ({@link Clusters}), or of two whose given names are
 * wholly unalike or whose dates of birth are more than a year apart, is queued for review instead.</li>
 * </ol>
 */
public final class PersonLinker {
    private final LinkSettings settings;
    private static final GivenNameComparison GIVEN_NAME = new GivenNameComparison();
    private static final DateOfBirthComparison DATE_OF_BIRTH = new DateOfBirthComparison();
    private final List<Comparison> comparisons = Comparison.standard();
    private final List<BlockingRule> rules = BlockingRule.standard();
    private final Nicknames nicknames = Nicknames.standard();

    public PersonLinker(LinkSettings settings) {
        this.settings = settings;
    }

    /**
     * Links the people of the sources, using the reviewers' earlier decisions.
     *
     * @throws HearthException when a source person appears twice (two folders of the same source)
     */
    public PersonIndex link(List<SourcePerson> sourcePeople, ReviewDecisions decisions) {
        List<PreparedPerson> people = prepare(sourcePeople);
        Map<SourcePersonKey, PreparedPerson> byKey = new HashMap<>();
        for (PreparedPerson person : people) {
            if (byKey.putIfAbsent(person.person.key(), person) != null) {
                throw new HearthException("source person " + person.person.key()
                        + " is given twice: is the same source's folder linked twice?");
            }
        }
        CandidatePairs pairs = CandidatePairs.of(people, rules.stream().filter(BlockingRule::predicts).toList(), comparisons);
        MatchModel model = MatchModel.train(people, pairs, rules, comparisons, settings.uSamplePairs(), settings.seed());
        Linking linking = new Linking(people, byKey, model, decisions);
        linking.identifiers();
        linking.weights(pairs);
        linking.review.sort(Comparator.comparingDouble(Link::matchWeight).reversed());
        return new PersonIndex(personIds(people, linking.clusters), linking.accepted, linking.review, linking.rejected,
                parameters(model));
    }

    /** One run's state: the people joined so far, the links made, the pairs queued and rejected. */
    private final class Linking {
        final List<PreparedPerson> people;
        final Map<SourcePersonKey, PreparedPerson> byKey;
        final MatchModel model;
        final Set<Long> rejectedPairs = new HashSet<>();
        final List<Link> rejected = new ArrayList<>();
        final List<Link> accepted = new ArrayList<>();
        final List<Link> review = new ArrayList<>();
        /** The pairs of components already queued: one pair per two persons, the strongest. */
        final Set<Long> queued = new HashSet<>();
        final Clusters clusters;

        /** Starts from the reviewers' decisions: rejected pairs are kept apart, accepted pairs joined. */
        Linking(List<PreparedPerson> people, Map<SourcePersonKey, PreparedPerson> byKey, MatchModel model,
                ReviewDecisions decisions) {
            this.people = people;
            this.byKey = byKey;
            this.model = model;
            List<Link> joining = new ArrayList<>();
            for (ReviewDecision decision : decisions.all()) {
                PreparedPerson a = byKey.get(decision.a());
                PreparedPerson b = byKey.get(decision.b());
                if (a != null && b != null) {
                    Link link = link(model, a, b, Basis.REVIEWER, (decision.accepted() ? "accepted by " : "rejected by ")
                            + decision.decidedBy() + " on " + decision.decidedOn());
                    if (decision.accepted()) {
                        joining.add(link);
                    } else {
                        rejectedPairs.add(Clusters.pair(a.index, b.index));
                        rejected.add(link.with(Status.REJECTED, null));
                    }
                }
            }
            clusters = new Clusters(people, rejectedPairs, this::apart);
            joining.forEach(link -> join(link, false));
        }

        /** Why the linker would not link two people directly, for the clusters' chain check. */
        private String apart(PreparedPerson x, PreparedPerson y) {
            int vector = ComparisonVector.of(comparisons, x, y);
            String doubt = doubt(vector);
            if (doubt != null) {
                return doubt;
            }
            return model.weight(vector, x.index) < settings.reviewFrom() ? "their own match weight is below the review band"
                    : null;
        }

        void identifiers() {
            for (StrongIdentifiers.Shared shared : StrongIdentifiers.shared(people)) {
                if (!clusters.together(shared.a().index, shared.b().index)) {
                    join(link(model, shared.a(), shared.b(), Basis.IDENTIFIER, "same " + shared.identifier()), true);
                }
            }
        }

        /** The candidate pairs from the review threshold up, strongest first: linked, or queued for review. */
        void weights(CandidatePairs pairs) {
            for (int i : byWeight(pairs, model)) {
                PreparedPerson a = people.get(pairs.first[i]);
                PreparedPerson b = people.get(pairs.second[i]);
                if (clusters.together(a.index, b.index) || rejectedPairs.contains(Clusters.pair(a.index, b.index))) {
                    continue;
                }
                double weight = model.weight(pairs.vectors[i], a.index);
                String doubt = weight >= settings.acceptFrom() ? doubt(pairs.vectors[i]) : null;
                if (weight >= settings.acceptFrom() && doubt == null) {
                    join(link(model, a, b, Basis.PROBABILISTIC, "match weight " + round(weight)), true);
                } else {
                    queue(link(model, a, b, Basis.PROBABILISTIC, "match weight " + round(weight)
                            + (doubt != null ? ", but " + doubt : " is below " + round(settings.acceptFrom()))));
                }
            }
        }

        /**
         * Joins the link's two people, or queues it for review when joining them would make one person of two who
         * should not be one ({@link Clusters#conflict}).
         */
        private void join(Link link, boolean checked) {
            int a = byKey.get(link.a()).index;
            int b = byKey.get(link.b()).index;
            if (clusters.together(a, b)) {
                return;
            }
            String conflict = checked ? clusters.conflict(a, b) : null;
            if (conflict == null) {
                clusters.join(a, b);
                accepted.add(link);
            } else {
                queue(link.with(link.status(), link.note() + ", but " + conflict));
            }
        }

        /** Queues the link for review unless a stronger pair of the same two persons is already queued. */
        private void queue(Link link) {
            int a = byKey.get(link.a()).index;
            int b = byKey.get(link.b()).index;
            if (queued.add(Clusters.pair(clusters.root(a), clusters.root(b)))) {
                review.add(link.with(Status.REVIEW, null));
            }
        }
    }

    /**
     * Why a pair, however high its weight, is not linked without a reviewer, or null: its given names wholly unalike
     * (not even as a nickname), or its dates of birth more than a year apart, each at its comparison's "else". Twins
     * share a date of birth, a family name and an address; a father and son may share every name and the address. The
     * Fellegi-Sunter weight takes the fields as independent and cannot tell either pair from one person.
     */
    private String doubt(int vector) {
        if (ComparisonVector.level(vector, comparisons.indexOf(GIVEN_NAME)) == GIVEN_NAME.levels().size() - 1) {
            return "the given names are unalike, as twins' are";
        }
        if (ComparisonVector.level(vector, comparisons.indexOf(DATE_OF_BIRTH)) == DATE_OF_BIRTH.levels().size() - 1) {
            return "the dates of birth are more than a year apart, as a parent's and a child's of the same name are";
        }
        return null;
    }

    private List<PreparedPerson> prepare(List<SourcePerson> sourcePeople) {
        return IntStream.range(0, sourcePeople.size()).parallel()
                .mapToObj(i -> new PreparedPerson(i, sourcePeople.get(i), nicknames)).toList();
    }

    /** The pairs at or above the review threshold, highest weight first. */
    private int[] byWeight(CandidatePairs pairs, MatchModel model) {
        double[] weights = new double[pairs.size()];
        IntStream.range(0, pairs.size()).parallel()
                .forEach(i -> weights[i] = model.weight(pairs.vectors[i], pairs.first[i]));
        return IntStream.range(0, pairs.size()).parallel().filter(i -> weights[i] >= settings.reviewFrom()).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> weights[i]).reversed()).mapToInt(Integer::intValue)
                .toArray();
    }

    private Link link(MatchModel model, PreparedPerson a, PreparedPerson b, Basis basis, String note) {
        double weight = model.weight(ComparisonVector.of(comparisons, a, b), a.index);
        return new Link(a.person.key(), b.person.key(), basis, Status.ACCEPTED, weight, MatchModel.probability(weight),
                model.explain(a, b), note);
    }

    /** The weight to two decimal places (String.format would cost more than the rest of a link's making). */
    private static String round(double weight) {
        return BigDecimal.valueOf(weight).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    /**
     * Each person's id: "HP-" and the first 16 hexadecimal digits of the SHA-256 of the smallest source person key
     * in their component, so that the same sources linked again give the same ids.
     */
    private static Map<SourcePersonKey, String> personIds(List<PreparedPerson> people, Clusters clusters) {
        Map<Integer, SourcePersonKey> smallest = new HashMap<>();
        for (PreparedPerson person : people) {
            smallest.merge(clusters.root(person.index), person.person.key(), (x, y) -> x.compareTo(y) <= 0 ? x : y);
        }
        Map<Integer, String> ids = new HashMap<>();
        Set<String> used = new HashSet<>();
        smallest.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(entry -> {
            String id = hash(entry.getValue());
            String unique = id;
            for (int n = 2; !used.add(unique); n++) {
                unique = id + "-" + n;
            }
            ids.put(entry.getKey(), unique);
        });
        Map<SourcePersonKey, String> personIds = new LinkedHashMap<>();
        for (PreparedPerson person : people) {
            personIds.put(person.person.key(), ids.get(clusters.root(person.index)));
        }
        return personIds;
    }

    private static String hash(SourcePersonKey key) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest((key.source() + '\u0000' + key.sourcePersonId()).getBytes(StandardCharsets.UTF_8));
            return "HP-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private PersonIndex.ModelParameters parameters(MatchModel model) {
        List<PersonIndex.FieldParameters> fields = new ArrayList<>();
        for (int k = 0; k < comparisons.size(); k++) {
            fields.add(new PersonIndex.FieldParameters(comparisons.get(k).field(), comparisons.get(k).levels(),
                    boxed(model.m[k]), boxed(model.u[k])));
        }
        return new PersonIndex.ModelParameters(model.prior, fields);
    }

    private static List<Double> boxed(double[] values) {
        return Arrays.stream(values).boxed().toList();
    }
}
