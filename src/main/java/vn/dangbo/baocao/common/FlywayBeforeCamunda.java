package vn.dangbo.baocao.common;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.stereotype.Component;

/**
 * Camunda creates its tables when its engine bean starts; Flyway then refuses a non-empty schema without
 * history. Making the engine wait for Flyway keeps new databases clean (stack-notes.md). Flyway itself waits
 * for the {@link StartupLock}, so that nodes starting together do this one after another.
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
        BeanDefinition flyway = beanFactory.getBeanDefinition("flywayInitializer");
        flyway.setDependsOn(append(flyway.getDependsOn(), StartupLock.BEAN));
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
