/** MySQL names and rules every module must agree on, such as how identifiers are checked and quoted. */
package io.dtle.common.mysql;
