package vn.dangbo.baocao.report;

/** On whose behalf the signer signs: "T/M BAN THƯỜNG VỤ" (the default) or "T/M ĐẢNG ỦY". */
public enum SigningAuthority {
    STANDING_COMMITTEE("signature.authority.standingCommittee"),
    COMMITTEE("signature.authority.committee");

    private final String messageKey;

    SigningAuthority(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
