package vn.dangbo.baocao.issuance;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The format profile in force (Hướng dẫn 36-HD/VPTW by default) and the renderer that reads it. */
@Configuration(proxyBeanMethods = false)
class IssuanceConfiguration {

    @Bean
    FormatProfile formatProfile(@Value("${app.format-profile:" + FormatProfiles.DEFAULT_ID + "}") String id) {
        return FormatProfiles.load(id);
    }

    @Bean
    DocumentRenderer documentRenderer(FormatProfile profile) {
        return new DocxRenderer(profile);
    }
}
