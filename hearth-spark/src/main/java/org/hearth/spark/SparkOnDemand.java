package org.hearth.spark;

import java.util.function.Supplier;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The job's Spark context, started when first asked for (so that a usage error or a bad plan is reported without
 * starting Spark) and stopped when closed. The master and the rest of the configuration come from spark-submit.
 */
final class SparkOnDemand implements Supplier<JavaSparkContext>, AutoCloseable {
    private final String name;
    private JavaSparkContext context;

    SparkOnDemand(String name) {
        this.name = name;
    }

    @Override
    public JavaSparkContext get() {
        if (context == null) {
            context = new JavaSparkContext(new SparkConf().setAppName(name));
        }
        return context;
    }

    @Override
    public void close() {
        if (context != null) {
            context.close();
        }
    }
}
