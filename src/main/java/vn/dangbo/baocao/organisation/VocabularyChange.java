package vn.dangbo.baocao.organisation;

import java.util.List;

/** What the administrator sets (PUT /api/admin/vocabulary): every field; a null field takes the kind's default. */
public record VocabularyChange(
        OrganisationKind kind,
        String unit,
        String office,
        String leadership,
        String authority,
        List<String> positions) {}
