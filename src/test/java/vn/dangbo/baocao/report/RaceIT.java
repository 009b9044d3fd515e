package vn.dangbo.baocao.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangbo.baocao.IntegrationTest;
import vn.dangbo.baocao.Scenario;
import vn.dangbo.baocao.issuance.RegisterService;
import vn.dangbo.baocao.organisation.OrganisationRepository;

/** Users acting at the same instant never see an engine error, and numbers are never shared. */
@IntegrationTest
class RaceIT {

    @LocalServerPort
    int port;

    @Autowired
    RegisterService register;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    OrganisationRepository organisations;

    @Test
    void threeUnitsSubmittingAtTheSameInstantAllSucceed() throws Exception {
        Scenario s = new Scenario(port);
        long id = s.openReport(7);
        List<String> units = List.of("ubnd", "congan", "truong");
        List<String> taskIds = new ArrayList<>();
        for (String unit : units) {
            s.writeAll(unit, id, "Nội dung " + unit);
            taskIds.add(s.task(unit, id, "CONTRIBUTE", null).get("id").asText());
        }
        List<Integer> statuses = race(
                units.size(),
                i -> s.complete(units.get(i), taskIds.get(i), "SUBMIT", null).status());
        assertThat(statuses).containsOnly(204);
        units.forEach(u -> assertThat(s.unitStatus(id, u)).isEqualTo("SUBMITTED"));

        List<String> reviews = units.stream()
                .map(u -> s.task("vanphong", id, "REVIEW", u).get("id").asText())
                .toList();
        List<Integer> accepted = race(
                units.size(),
                i -> s.complete("vanphong", reviews.get(i), "ACCEPT", null).status());
        assertThat(accepted).containsOnly(204);
        s.runJobsAndExpect(id, "CONSOLIDATING");
        assertThat(s.tasks("vanphong").stream()
                        .filter(t -> t.get("reportId").asLong() == id
                                && t.get("kind").asText().equals("CONSOLIDATE")))
                .hasSize(1);
    }

    @Test
    void theSameTaskSubmittedTwiceAtOnceIsDoneOnceAndTheOtherCallIsTold() throws Exception {
        Scenario s = new Scenario(port);
        long id = s.openReport(3);
        s.writeAll("truong", id, "Nội dung");
        String task = s.task("truong", id, "CONTRIBUTE", null).get("id").asText();
        List<Integer> statuses =
                race(2, i -> s.complete("truong", task, "SUBMIT", null).status());
        assertThat(statuses).containsExactlyInAnyOrder(204, 409);
        assertThat(s.unitStatus(id, "truong")).isEqualTo("SUBMITTED");
        assertThat(s.tasks("vanphong").stream().filter(t -> t.get("reportId").asLong() == id))
                .hasSize(1);
    }

    @Test
    void twoIssuesRacingForANumberGetConsecutiveNumbers() throws Exception {
        long organisationId =
                organisations.organisationByCode("xuan-hung").orElseThrow().id();
        // a register of another (past) term, so the demo term's numbering is left alone
        LocalDate term = LocalDate.of(2015, 10, 1);
        List<Integer> numbers = race(
                2,
                i -> transaction.execute(status -> {
                    int number =
                            register.take(organisationId, "ĐU", "BC", term, 1).number();
                    sleep(200); // hold the lock while the other one waits
                    return number;
                }));
        assertThat(numbers).containsExactlyInAnyOrder(1, 2);
    }

    private static <T> List<T> race(int count, java.util.function.IntFunction<T> action) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                Callable<T> task = () -> {
                    start.await();
                    return action.apply(index);
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
