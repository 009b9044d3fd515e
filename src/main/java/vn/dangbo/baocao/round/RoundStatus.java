package vn.dangbo.baocao.round;

/** Where a child organisation stands in a round, as the superior's board shows it. */
public enum RoundStatus {
    /** The request waits for the child's office to confirm it (chưa mở). */
    NOT_OPENED,
    /** The child's report is open, or was returned (đang làm). */
    IN_PROGRESS,
    /** The child's document has arrived (đã ban hành). */
    ISSUED,
    /** The deadline passed and nothing has arrived (trễ hạn). */
    LATE;

    public String label() {
        return vn.dangbo.baocao.common.Messages.get("round.status." + name());
    }
}
