package io.schemasync.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.IntFunction;

/**
 * A topological order of n nodes (0..n-1) under "before" edges (Kahn's algorithm). Among the nodes that are
 * ready, the one first in {@code tieBreak} goes next, so the order is deterministic and, where no edge says
 * otherwise, the familiar one.
 */
final class Graph {
    private final int n;
    private final List<List<Integer>> after = new ArrayList<>();
    private final int[] incoming;

    Graph(int n) {
        this.n = n;
        this.incoming = new int[n];
        for (int i = 0; i < n; i++) after.add(new ArrayList<>());
    }

    /** {@code first} must come before {@code then}; an edge of a node to itself is ignored. */
    void edge(int first, int then) {
        if (first == then || after.get(first).contains(then)) return;
        after.get(first).add(then);
        incoming[then]++;
    }

    boolean hasEdge(int first, int then) {
        return after.get(first).contains(then);
    }

    /**
     * @param describe names a node for the message when there is a cycle
     * @throws CycleException naming the nodes of one cycle
     */
    List<Integer> order(Comparator<Integer> tieBreak, IntFunction<String> describe) {
        int[] waiting = incoming.clone();
        PriorityQueue<Integer> ready = new PriorityQueue<>(tieBreak);
        for (int i = 0; i < n; i++) if (waiting[i] == 0) ready.add(i);
        List<Integer> out = new ArrayList<>(n);
        while (!ready.isEmpty()) {
            int next = ready.poll();
            out.add(next);
            for (int then : after.get(next)) if (--waiting[then] == 0) ready.add(then);
        }
        if (out.size() < n) throw new CycleException(cycle(waiting).stream().map(describe::apply).toList());
        return out;
    }

    /** One cycle among the nodes left waiting: walk back along edges into waiting nodes until one repeats. */
    private List<Integer> cycle(int[] waiting) {
        int start = 0;
        while (waiting[start] == 0) start++;
        List<Integer> path = new ArrayList<>();
        int node = start;
        while (!path.contains(node)) {
            path.add(node);
            node = predecessor(node, waiting);
        }
        List<Integer> loop = new ArrayList<>(path.subList(path.indexOf(node), path.size()));
        java.util.Collections.reverse(loop);
        // Start at the lowest node, so that the same cycle is always told the same way.
        java.util.Collections.rotate(loop, -loop.indexOf(java.util.Collections.min(loop)));
        loop.add(loop.get(0));
        return loop;
    }

    private int predecessor(int node, int[] waiting) {
        for (int i = 0; i < n; i++) if (waiting[i] > 0 && after.get(i).contains(node)) return i;
        throw new IllegalStateException("a waiting node without a waiting predecessor");
    }
}
