package vn.dangbo.baocao.common;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.stereotype.Component;

/**
 * Camunda creates its tables when its engine bean starts; Flyway then refuses a non-empty schema without
 * history. Making the engine wait for Flyway keeps new databases clean (stack-notes.md).
 */
@Component
class FlywayBeforeCamunda implements BeanFactoryPostProcessor {

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        if (!beanFactory.containsBeanDefinition("processEngineFactoryBean")
                || !beanFactory.containsBeanDefinition("flywayInitializer")) {
            return;
        }
        BeanDefinition engine = beanFactory.getBeanDefinition("processEngineFactoryBean");
        engine.setDependsOn(append(engine.getDependsOn(), "flywayInitializer"));
    }

    private static String[] append(String[] existing, String name) {
        if (existing == null) {
            return new String[] {name};
        }
        String[] out = java.util.Arrays.copyOf(existing, existing.length + 1);
        out[existing.length] = name;
        return out;
    }
}
