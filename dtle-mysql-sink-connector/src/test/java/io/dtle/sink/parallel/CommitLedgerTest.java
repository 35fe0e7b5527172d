package io.dtle.sink.parallel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommitLedgerTest {
    private final CommitLedger ledger = new CommitLedger();
    private final List<Sequenced> units = List.of(unit(1), unit(2), unit(3), unit(4));

    private static Sequenced unit(long seq) {
        return new Sequenced(seq, ShapeOnlyUnit.writing("k" + seq));
    }

    @Test
    void theWatermarkIsTheLastUnitThatItAndAllBeforeItCommitted() {
        units.forEach(ledger::register);
        assertThat(ledger.watermarkUnit()).isEmpty();
        assertThat(ledger.committedThrough(0)).isTrue();

        assertThat(ledger.committed(2)).isEmpty();
        assertThat(ledger.committed(3)).isEmpty();
        assertThat(ledger.committedThrough(1)).isFalse();
        assertThat(ledger.inFlight()).isEqualTo(4);

        assertThat(ledger.committed(1)).containsExactly(units.get(0), units.get(1), units.get(2));
        assertThat(ledger.watermarkSeq()).isEqualTo(3);
        assertThat(ledger.watermarkUnit()).contains(units.get(2).unit());
        assertThat(ledger.inFlight()).isEqualTo(1);

        assertThat(ledger.committed(4)).containsExactly(units.get(3));
        assertThat(ledger.inFlight()).isZero();
    }

    @Test
    void aUnitCannotCommitTwice() {
        units.forEach(ledger::register);
        ledger.committed(1);
        ledger.committed(3);
        assertThatThrownBy(() -> ledger.committed(1)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ledger.committed(3)).isInstanceOf(IllegalStateException.class);
    }
}
