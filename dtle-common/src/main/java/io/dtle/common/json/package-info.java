/** Connect's JSON format, converted with each schema written and read once instead of once per record. */
package io.dtle.common.json;
