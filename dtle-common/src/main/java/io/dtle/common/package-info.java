/** What every dtle-connect module shares: the build's version, and (in sub-packages) GTIDs, records and MySQL helpers. */
package io.dtle.common;
