package io.schemasync.plan;

import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class GraphTest {
    private static final Comparator<Integer> BY_NUMBER = Comparator.naturalOrder();

    @Test
    void withoutEdgesTheTieBreakDecides() {
        assertEquals(List.of(0, 1, 2, 3), new Graph(4).order(BY_NUMBER, i -> "n" + i));
        assertEquals(List.of(3, 2, 1, 0), new Graph(4).order(BY_NUMBER.reversed(), i -> "n" + i));
    }

    @Test
    void edgesWinOverTheTieBreak() {
        Graph g = new Graph(4);
        g.edge(3, 0);
        g.edge(2, 3);
        assertEquals(List.of(1, 2, 3, 0), g.order(BY_NUMBER, i -> "n" + i));
    }

    @Test
    void theOrderIsTheSameEveryTime() {
        for (int run = 0; run < 20; run++) {
            Graph g = new Graph(6);
            g.edge(5, 1);
            g.edge(4, 1);
            g.edge(1, 0);
            assertEquals(List.of(2, 3, 4, 5, 1, 0), g.order(BY_NUMBER, i -> "n" + i));
        }
    }

    @Test
    void duplicateAndSelfEdgesAreHarmless() {
        Graph g = new Graph(3);
        g.edge(2, 0);
        g.edge(2, 0);
        g.edge(1, 1);
        assertEquals(List.of(1, 2, 0), g.order(BY_NUMBER, i -> "n" + i));
    }

    @Test
    void aCycleNamesItsMembersInOrder() {
        Graph g = new Graph(4);
        g.edge(0, 1);
        g.edge(1, 2);
        g.edge(2, 1);
        g.edge(2, 3);
        CycleException e = assertThrows(CycleException.class, () -> g.order(BY_NUMBER, i -> "n" + i));
        assertEquals(List.of("n1", "n2", "n1"), e.cycle());
        assertEquals("these changes depend on each other in a circle, so no order works: n1 → n2 → n1; split the"
                + " change into two deploys", e.getMessage());
    }
}
