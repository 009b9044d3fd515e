package vn.dangbo.baocao.contribution;

import java.time.Instant;
import java.util.List;

/** A section as the API returns it: the template's outline with the current content of one unit's part. */
public record SectionView(String code, String heading, String owner, String unitCode, String unitName,
                          List<ItemView> items, int version, String updatedBy, Instant updatedAt) {

    public record ItemView(String code, String heading, String guidance, boolean required, String text,
                           java.util.Map<String, String> indicators, java.util.Map<String, String> display,
                           List<IndicatorView> indicatorDefinitions) {
    }

    public record IndicatorView(String key, String label, String type, String unit, boolean computed) {
    }
}
