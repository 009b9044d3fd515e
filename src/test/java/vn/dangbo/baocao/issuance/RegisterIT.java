package vn.dangbo.baocao.issuance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangbo.baocao.IntegrationTest;
import vn.dangbo.baocao.TestCommune;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.identity.Organisation;

/** Numbers from the register, each test in a commune of its own so that its register starts empty. */
@IntegrationTest
class RegisterIT {

    private static final LocalDate TERM = LocalDate.of(2020, 10, 1);
    private static final LocalDate ISSUED_ON = LocalDate.of(2025, 3, 10);

    @Autowired
    RegisterService register;

    @Autowired
    RegisterSettings settings;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ApplicationContext context;

    private TestCommune newCommune() {
        return TestCommune.in(context).termStart(TERM).create();
    }

    private int take(Organisation organisation) {
        return (int) transaction.execute(
                status -> register.take(organisation, "BC", ISSUED_ON).number());
    }

    @Test
    void fiftyIssuesFromEightThreadsGetOneToFiftyWithoutGapOrDuplicate() throws Exception {
        Organisation organisation = newCommune().organisation();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < 50; i++) {
                futures.add(pool.submit(() -> take(organisation)));
            }
            List<Integer> numbers = new ArrayList<>();
            for (Future<Integer> f : futures) {
                numbers.add(f.get());
            }
            Collections.sort(numbers);
            assertThat(numbers).isEqualTo(IntStream.rangeClosed(1, 50).boxed().toList());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anIssueThatFailsAfterTakingItsNumberLeavesTheNumberFree() {
        Organisation organisation = newCommune().organisation();
        assertThat(take(organisation)).isEqualTo(1);
        List<Integer> takenByFailure = new ArrayList<>();
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
                    takenByFailure.add(
                            register.take(organisation, "BC", ISSUED_ON).number());
                    throw new IllegalStateException("rendering failed");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(takenByFailure).containsExactly(2);
        assertThat(take(organisation)).isEqualTo(2);
        assertThat(take(organisation)).isEqualTo(3);
    }

    @Test
    void aNewTermStartsAgainAtOne() {
        TestCommune commune = newCommune();
        assertThat(take(commune.organisation())).isEqualTo(1);
        assertThat(take(commune.organisation())).isEqualTo(2);

        settings.update(commune.office(), "BC", LocalDate.of(2025, 1, 1), 1);

        assertThat(take(commune.organisation())).isEqualTo(1);
        assertThat(take(commune.organisation())).isEqualTo(2);
        assertThat(settings.current(commune.office(), "BC").termStart()).isEqualTo(LocalDate.of(2025, 1, 1));
    }

    @Test
    void aConfiguredFirstNumberIsHonoured() {
        TestCommune commune = newCommune();
        RegisterSetting saved = settings.update(commune.office(), "BC", TERM, 47);
        assertThat(saved.firstNumber()).isEqualTo(47);
        assertThat(saved.updatedBy()).isEqualTo(commune.office().username());

        assertThat(take(commune.organisation())).isEqualTo(47);
        assertThat(take(commune.organisation())).isEqualTo(48);
        Integer otherType = transaction.execute(
                status -> register.take(commune.organisation(), "KH", ISSUED_ON).number());
        assertThat(otherType).as("another document type keeps its own register").isEqualTo(1);
    }

    @Test
    void aRegisterWithNoIssuedDocumentStartsAgainAtANewFirstNumber() {
        TestCommune commune = newCommune();
        assertThat(take(commune.organisation())).isEqualTo(1);
        settings.update(commune.office(), "BC", TERM, 30);
        assertThat(take(commune.organisation()))
                .as("nothing issued yet: the register restarts at 30")
                .isEqualTo(30);
    }

    @Test
    void settingsAreValidatedAndReservedToTheOffice() {
        TestCommune commune = newCommune();
        assertThatThrownBy(() ->
                        settings.update(commune.office(), "XX", LocalDate.now().plusDays(30), 0))
                .isInstanceOfSatisfying(AppException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
                    assertThat(e.violations())
                            .extracting(v -> v.field())
                            .containsExactly("documentType", "termStart", "firstNumber");
                    assertThat(e.violations().get(1).message()).contains("chưa đến");
                });
        assertThatThrownBy(() -> settings.update(commune.actor("ubnd"), "BC", TERM, 5))
                .isInstanceOfSatisfying(
                        AppException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.FORBIDDEN));
        assertThat(settings.current(commune.office(), "BC").configured()).isFalse();
    }
}
