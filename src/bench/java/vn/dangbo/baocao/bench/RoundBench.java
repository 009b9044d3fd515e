package vn.dangbo.baocao.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dangbo.baocao.report.Period;
import vn.dangbo.baocao.report.PeriodKind;
import vn.dangbo.baocao.report.ReportStatus;
import vn.dangbo.baocao.round.ConfirmRequest;
import vn.dangbo.baocao.round.NewRound;
import vn.dangbo.baocao.round.RoundBoard;
import vn.dangbo.baocao.round.RoundService;
import vn.dangbo.baocao.round.RoundStatus;

/**
 * Issue 12's scale: the seeded organisations become the communes of one province; the province sends
 * {@code roundMonths} monthly rounds, every commune confirms and issues each one through its own lifecycle, and
 * the round board and the province-wide aggregate are timed at that size.
 */
final class RoundBench {

    private RoundBench() {
    }

    static Map<String, Object> run(ApplicationContext context, Province province, List<Province.Org> communes,
                                   int roundMonths, int concurrency, int repeat, Consumer<Stats> keep)
            throws InterruptedException {
        Province.Org tinh = province.create("tinh", "Ninh Bình", 1);
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        // the hierarchy (no service sets a parent yet): every seeded organisation is a commune of the province
        jdbc.sql("update organisation set parent_id = ? where code like 'p%'")
                .param(tinh.organisation().id()).update();
        jdbc.sql("update organisation set name = 'ĐẢNG BỘ TỈNH NINH BÌNH', short_name = 'Tỉnh ủy Ninh Bình',"
                        + " issuer_code = 'TU' where id = ?")
                .param(tinh.organisation().id()).update();
        RoundService rounds = context.getBean(RoundService.class);
        Stats send = new Stats("round.send");
        Stats confirm = new Stats("round.confirm");
        Stats delivered = new Stats("round.lifecycle");
        Province.Steps steps = Province.Steps.create("round.");
        List<Long> roundIds = new ArrayList<>();
        long start = System.nanoTime();
        for (int month = 1; month <= roundMonths; month++) {
            int m = month;
            NewRound command = new NewRound("nq57-thang", new Period(PeriodKind.MONTH, 2027, m), null,
                    "2" + String.format("%02d", m) + "-CV/TU",
                    "Thực hiện Công văn số 2" + String.format("%02d", m) + "-CV/TU của Tỉnh ủy Ninh Bình,",
                    Instant.now().plus(Duration.ofDays(20)), null);
            long[] id = new long[1];
            send.time(() -> id[0] = rounds.send(tinh.office(), command));
            roundIds.add(id[0]);
            Baselines.Concurrent.run(Math.min(concurrency, communes.size()), communes.size(), i -> {
                Province.Org org = communes.get(i);
                long t0 = System.nanoTime();
                long[] report = new long[1];
                Map<String, String> roles = Map.of("ubnd", org.units().get(0).unit().code(),
                        "congan", org.units().get(1).unit().code(), "truong", org.units().get(2).unit().code());
                confirm.time(() -> report[0] = rounds.confirm(org.office(), id[0],
                        new ConfirmRequest(org.signer().username(), roles, null, null)));
                province.throughApproval(org, report[0], m, new Random(10_000L * m + i), steps);
                province.await(report[0], ReportStatus.ISSUED, Duration.ofMinutes(5));
                delivered.add(System.nanoTime() - t0);
            }, delivered);
            awaitAllIssued(rounds, tinh, id[0], Duration.ofMinutes(3));
            ProvinceBenchmark.log("round " + m + " issued by " + communes.size() + " communes");
        }
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        long last = roundIds.get(roundIds.size() - 1);
        Stats board = new Stats("round.board");
        Stats aggregate = new Stats("round.aggregate");
        Stats year = new Stats("round.aggregate.allMonths");
        Stats xlsx = new Stats("round.aggregate.xlsx");
        for (int r = 0; r < 10; r++) {
            rounds.board(tinh.office(), last);
            rounds.aggregate(tinh.office(), last);
        }
        for (int r = 0; r < repeat; r++) {
            board.time(() -> rounds.board(tinh.office(), last));
            aggregate.time(() -> rounds.aggregate(tinh.office(), last));
        }
        for (int r = 0; r < Math.max(10, repeat / 10); r++) {
            year.time(() -> roundIds.forEach(id -> rounds.aggregate(tinh.office(), id)));
            xlsx.time(() -> rounds.aggregateWorkbook(tinh.office(), last));
        }
        for (Stats s : List.of(send, confirm, delivered, board, aggregate, year, xlsx)) {
            keep.accept(s);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("communes", communes.size());
        out.put("rounds", roundIds.size());
        out.put("documentsReceived", jdbc.sql("select count(*) from incoming_document where organisation_id = ?")
                .param(tinh.organisation().id()).query(Long.class).single());
        out.put("seconds", seconds);
        out.put("boardP95Ms", Stats.round(board.p95()));
        out.put("aggregateP95Ms", Stats.round(aggregate.p95()));
        out.put("aggregateAllMonthsP95Ms", Stats.round(year.p95()));
        return out;
    }

    private static void awaitAllIssued(RoundService rounds, Province.Org tinh, long roundId, Duration timeout) {
        Instant until = Instant.now().plus(timeout);
        while (true) {
            RoundBoard board = rounds.board(tinh.office(), roundId);
            if (board.lines().stream().allMatch(l -> l.status() == RoundStatus.ISSUED)) {
                return;
            }
            if (Instant.now().isAfter(until)) {
                throw new IllegalStateException("round " + roundId + " not received from every commune in " + timeout);
            }
            Province.sleep(100);
        }
    }
}
