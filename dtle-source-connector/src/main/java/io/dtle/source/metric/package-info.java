/** JMX metrics of the source task under Debezium's MySQL MBean names, so Debezium dashboards work unchanged. */
package io.dtle.source.metric;
