package vn.dangbo.baocao.issuance;

/** The PDF of an organisation that signs: signed, or issued unsigned and waiting for the signer ("chờ ký số"). */
public enum SigningState {
    SIGNED,
    PENDING
}
