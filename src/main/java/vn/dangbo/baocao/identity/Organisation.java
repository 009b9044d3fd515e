package vn.dangbo.baocao.identity;

import java.time.LocalDate;

/**
 * A commune Party committee.
 *
 * @param name "ĐẢNG ỦY XÃ XUÂN HƯNG" (header)
 * @param superiorName "ĐẢNG BỘ TỈNH NINH BÌNH"
 * @param placeName "Xuân Hưng" (place-date line)
 * @param issuerCode "ĐU" (number symbol)
 * @param shortName "Đảng ủy xã Xuân Hưng" (running text)
 */
public record Organisation(
        long id,
        String code,
        String name,
        String superiorName,
        String placeName,
        String issuerCode,
        String shortName,
        LocalDate termStart) {

    /** The Camunda tenant of this organisation. */
    public String tenantId() {
        return code;
    }
}
