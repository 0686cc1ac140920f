package fr.cpts.web.funding;

import fr.cpts.funding.aci.AciSimulator;
import fr.cpts.funding.assistant.AssistantSubsidy;
import fr.cpts.funding.contract.ContractFunding;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The funding engine on the rule sets shipped with the application. */
@Configuration(proxyBeanMethods = false)
class FundingConfiguration {

    @Bean
    AciSimulator aciSimulator() {
        return AciSimulator.withShippedRuleSets();
    }

    @Bean
    ContractFunding contractFunding(AciSimulator aciSimulator) {
        return new ContractFunding(aciSimulator);
    }

    @Bean
    AssistantSubsidy assistantSubsidy() {
        return AssistantSubsidy.withShippedRuleSets();
    }
}
