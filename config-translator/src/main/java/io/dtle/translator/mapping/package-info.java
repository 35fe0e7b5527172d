/** Pure functions from a job to connector configs; nothing here connects anywhere. */
package io.dtle.translator.mapping;
