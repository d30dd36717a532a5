package org.hearth.server;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Where the server keeps its data: the {@link Database} its settings name, and its own folder
 * {@code HEARTH_DATA_DIR}, defaulting to {@code ~/.hearth}.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseConfiguration {

    @Bean
    DataSource dataSource(Database database) {
        return database.dataSource();
    }

    /** The server's own folder: the embedded database's data, and private working files while importing. */
    @Bean
    DataDirectory dataDirectory(Environment environment) {
        return DataDirectory.configured(environment);
    }

    @Bean(destroyMethod = "close")
    Database database(Environment environment, DataDirectory dataDirectory) {
        return Database.configured(environment, dataDirectory);
    }
}
