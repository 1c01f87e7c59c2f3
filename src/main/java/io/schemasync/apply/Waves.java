package io.schemasync.apply;

import io.schemasync.diff.Change;
import io.schemasync.plan.Step;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which batches of a batched apply may run at the same time, each in its own transaction on its own connection.
 * Only batches that create plain tables, and indexes on plain tables this plan creates, qualify: what one of them
 * creates no other one of its wave needs, and they take no lock another one of them wants (a table's indexes
 * wait for the wave after the one that creates it). Everything else — types, sequences, routines, foreign keys,
 * partitions and tables that inherit, indexes on tables the plan does not create — runs alone, after every batch
 * before it committed, as in a sequential apply.
 */
final class Waves {
    private Waves() {}

    /** The batches' indexes in waves, in order; a wave of one runs alone. */
    static List<List<Integer>> of(List<List<Step>> batches) {
        Set<String> plain = new HashSet<>();
        for (List<Step> batch : batches) {
            for (Step step : batch) {
                if (step.change() instanceof Change.CreateTable t && Pipeline.isPlain(t)) plain.add(Pipeline.key(t.schema(), t.table().name()));
            }
        }
        List<List<Integer>> waves = new ArrayList<>();
        List<Integer> wave = new ArrayList<>();
        Set<String> created = new HashSet<>();
        for (int i = 0; i < batches.size(); i++) {
            List<Step> batch = batches.get(i);
            Set<String> own = new HashSet<>();
            boolean alone = false;
            Set<String> needs = new HashSet<>();
            for (Step step : batch) {
                switch (step.change()) {
                    case Change.CreateTable t when Pipeline.isPlain(t) -> own.add(Pipeline.key(t.schema(), t.table().name()));
                    case Change.CreateIndex x when plain.contains(Pipeline.key(x.schema(), x.table())) -> needs.add(Pipeline.key(x.schema(), x.table()));
                    default -> alone = true;
                }
            }
            needs.removeAll(own);
            boolean fits = !alone && !wave.isEmpty() && needs.stream().noneMatch(created::contains);
            if (!fits) {
                if (!wave.isEmpty()) waves.add(wave);
                wave = new ArrayList<>();
                created.clear();
            }
            wave.add(i);
            created.addAll(own);
            if (alone) {
                waves.add(wave);
                wave = new ArrayList<>();
                created.clear();
            }
        }
        if (!wave.isEmpty()) waves.add(wave);
        return waves;
    }
}
