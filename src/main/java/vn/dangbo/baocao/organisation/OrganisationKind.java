package vn.dangbo.baocao.organisation;

/** What an organisation is, which gives its default words and signer positions. */
public enum OrganisationKind {
    /** Đảng ủy: chi bộ, Văn phòng Đảng ủy, Ban Thường vụ, BÍ THƯ */
    PARTY_COMMITTEE,
    /** Ủy ban nhân dân: phòng, ban, Văn phòng HĐND và UBND, Thường trực UBND, CHỦ TỊCH */
    PEOPLES_COMMITTEE
}
