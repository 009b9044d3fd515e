package vn.dangbo.baocao.api;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.dangbo.baocao.identity.CurrentActor;
import vn.dangbo.baocao.organisation.Vocabularies;
import vn.dangbo.baocao.organisation.Vocabulary;
import vn.dangbo.baocao.organisation.VocabularyChange;

/** The organisation's words and signer positions (administrator). */
@RestController
@RequestMapping("/api/admin/vocabulary")
class VocabularyController {

    private final Vocabularies vocabularies;
    private final CurrentActor current;

    VocabularyController(Vocabularies vocabularies, CurrentActor current) {
        this.vocabularies = vocabularies;
        this.current = current;
    }

    @GetMapping
    Vocabulary get() {
        return vocabularies.get(current.get());
    }

    @PutMapping
    Vocabulary put(@RequestBody VocabularyChange change) {
        return vocabularies.change(current.get(), change);
    }
}
